package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.dsl.ide.edit.ModelEdits;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;
import org.northstar.model.Dimension;
import org.northstar.model.Input;
import org.northstar.model.NorthStarFactory;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.Relation;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarIdeInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A change made to the model in code becomes a minimal text edit: comments and
 * the layout outside the changed element stay byte for byte. The graphical
 * editor writes this way.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarIdeInjectorProvider.class)
class ModelEditsTest {

	private static final String FILE = "invoicely.northstar";
	private static final String TEXT = Fixtures.model(Fixtures.INVOICELY);

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private ModelEdits modelEdits;

	@Test
	void renamingAMetricChangesItsNameAndEveryReferenceAndNothingElse() {
		String edited = edit(model -> input(model, "OnTimeShare").setName("PaidShare"));
		assertEquals(TEXT.replace("OnTimeShare", "PaidShare"), edited);
	}

	@Test
	void editsAreOnlyWhatChanged() {
		Workspace ws = workspaces.get().file(FILE, TEXT).load();
		List<FileEdit> edits = modelEdits.edit(ws.model(FILE), model -> EcoreUtil.delete(product(model).getKpis().get(0)));
		String kpi = "kpi PaidSeats \"Paid seats\" { follows PaidOnTime }";
		int removed = edits.get(0).edits().stream().mapToInt(ModelEdits.TextEdit::length).sum();
		assertTrue(removed >= kpi.length() && removed <= kpi.length() + 8, () -> "removed " + removed + ": " + edits);
	}

	@Test
	void deletingAGuardrailRemovesOnlyItsText() {
		String edited = edit(model -> EcoreUtil.delete(product(model).getGuardrails().get(0)));
		String guardrail = block("guardrail DisputeRate");
		int start = TEXT.indexOf(guardrail);
		assertUnchangedOutside(edited, start, start + guardrail.length());
		assertTrue(!edited.contains("DisputeRate"), edited);
		assertCommentsKept(edited);
	}

	@Test
	void addingAnInputInsertsOnlyItsText() {
		String edited = edit(model -> {
			Product product = product(model);
			Input input = NorthStarFactory.eINSTANCE.createInput();
			input.setName("Reminders");
			input.setDescription("Reminders sent per invoice");
			input.setDimension(Dimension.FREQUENCY);
			input.setRelation(Relation.ADDITIVE);
			input.getOwners().add(model.getTeams().get(2));
			int afterLastInput = product.getMembers().indexOf(input(model, "OnTimeShare")) + 1;
			product.getMembers().add(afterLastInput, input);
		});
		String onTimeShare = block("input OnTimeShare");
		int end = TEXT.indexOf(onTimeShare) + onTimeShare.length();
		assertUnchangedOutside(edited, end, end);
		assertTrue(edited.contains("\n    input Reminders \"Reminders sent per invoice\" {\n"), "a new input gets its own lines: " + edited);
		assertTrue(edited.contains("owner Payments"), edited);
		assertCommentsKept(edited);
		assertTrue(workspaces.get().file(FILE, edited).load().resource(FILE).getErrors().isEmpty(), edited);
	}

	private String edit(java.util.function.Consumer<NorthStarModel> change) {
		Workspace ws = workspaces.get().file(FILE, TEXT).load();
		List<FileEdit> edits = modelEdits.edit(ws.model(FILE), change);
		assertEquals(1, edits.size(), "one file changes");
		return edits.get(0).applyTo(TEXT);
	}

	/** Everything before {@code start} and after {@code end} of the old text is still there, byte for byte. */
	private static void assertUnchangedOutside(String edited, int start, int end) {
		String before = TEXT.substring(0, start).stripTrailing();
		String after = TEXT.substring(end).stripLeading();
		assertTrue(edited.startsWith(before), () -> "text before the change differs:\n" + edited);
		assertTrue(edited.endsWith(after), () -> "text after the change differs:\n" + edited);
	}

	private static void assertCommentsKept(String edited) {
		Matcher comments = Pattern.compile("//[^\n]*").matcher(TEXT);
		while (comments.find()) {
			assertTrue(edited.contains(comments.group()), "comment lost: " + comments.group());
		}
	}

	/** The text of a block from its keyword to its closing brace. */
	private static String block(String opening) {
		int start = TEXT.indexOf(opening);
		int depth = 0;
		for (int i = TEXT.indexOf('{', start); i < TEXT.length(); i++) {
			depth += TEXT.charAt(i) == '{' ? 1 : TEXT.charAt(i) == '}' ? -1 : 0;
			if (depth == 0) {
				return TEXT.substring(start, i + 1);
			}
		}
		throw new IllegalStateException("unbalanced " + opening);
	}

	private static Product product(NorthStarModel model) {
		return model.getProducts().get(0);
	}

	private static Input input(NorthStarModel model, String name) {
		return EcoreUtil2.eAllOfType(model, Input.class).stream().filter(i -> name.equals(i.getName())).findFirst()
				.orElseThrow();
	}
}
