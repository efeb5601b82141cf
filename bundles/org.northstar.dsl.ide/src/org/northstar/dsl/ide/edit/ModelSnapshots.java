package org.northstar.dsl.ide.edit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;
import org.northstar.model.Input;

import com.google.inject.Inject;

/**
 * Makes {@link ModelSnapshot}s of a file's current text (an editor's document, saved or not) and
 * turns changes to a snapshot's model into text edits. Each edit starts from a fresh snapshot,
 * because {@link ModelEdits} changes the model it records on.
 */
public class ModelSnapshots {

	@Inject
	private ModelLoader loader;

	@Inject
	private ModelValidation validation;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ModelEdits modelEdits;

	@Inject
	private IValueConverterService valueConverters;

	/**
	 * Parses {@code text} as the file {@code uri}, linked with {@code others} (the project's other
	 * files, all parsed too), and validates it with the rules when {@code validate} says so.
	 */
	public ModelSnapshot load(URI uri, String text, Collection<? extends ModelSource> others, boolean validate) {
		return load(uri, text, others, null, validate, CancelIndicator.NullImpl);
	}

	/**
	 * Parses {@code text} as the file {@code uri} and links it against {@code index} (the
	 * descriptions of the project's other files, see {@code ModelIndex}) and {@code unsaved}
	 * (other files whose editors hold unsaved text, parsed too); only the files it refers to are
	 * read, when a reference is followed. Validates it with the rules when {@code validate} says so.
	 *
	 * @throws java.util.concurrent.CancellationException when {@code cancel} says so
	 */
	public ModelSnapshot load(URI uri, String text, Collection<? extends ModelSource> unsaved, ResourceDescriptionsData index,
			boolean validate, CancelIndicator cancel) {
		ModelSource file = ModelSource.of(uri, text.getBytes(StandardCharsets.UTF_8));
		List<ModelSource> sources = new ArrayList<>();
		sources.add(file);
		unsaved.stream().filter(other -> !other.uri().equals(uri)).forEach(sources::add);
		LoadedModels<ModelSource> loaded = loader.load(sources, index, cancel);
		XtextResource resource = loaded.resources().get(file);
		if (resource == null) {
			return unreadable(uri, text, loaded.notText().get(file));
		}
		// the other files' own problems are not this snapshot's: they are not validated
		LoadedModels<ModelSource> fileAlone = new LoadedModels<>(loaded.resourceSet(), Map.of(file, resource), Map.of(), List.of());
		List<Problem> problems = validate ? validation.validate(fileAlone, cancel).getOrDefault(file, List.of()) : List.of();
		Map<String, EObject> elements = new LinkedHashMap<>();
		Map<EObject, String> keys = new IdentityHashMap<>();
		resource.getAllContents().forEachRemaining(element -> {
			String key = keyOf(element);
			if (key != null) {
				elements.putIfAbsent(key, element);
				keys.put(element, key);
			}
		});
		return new ModelSnapshot(uri, text, resource, elements, keys, problems);
	}

	/**
	 * The snapshot of a text that is no model (binary, too large): nothing parsed, one problem saying
	 * why, which hosts show as they show a syntax error, and no edit is made from it.
	 */
	private static ModelSnapshot unreadable(URI uri, String text, Problem why) {
		if (why == null) {
			throw new IllegalStateException(uri + " could not be read.");
		}
		return new ModelSnapshot(uri, text, new XtextResource(uri), Map.of(), Map.of(), List.of(why));
	}

	/** An element's key (its qualified name), also for an element a change just made, before any re-parse. */
	public String keyOf(EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name == null ? null : name.toString();
	}

	/**
	 * The edit that removes {@code element} (of {@code fresh}) and everything in it. References to
	 * it elsewhere stay as written, for the validator to point at.
	 */
	public List<FileEdit> remove(ModelSnapshot fresh, EObject element) {
		refuseBroken(fresh);
		return inText(fresh, List.of(new FileEdit(fresh.resource(), List.of(ClauseEdits.removeElement(parsedText(fresh), element)))));
	}

	/**
	 * The edits that hang {@code input} (of {@code fresh}) under {@code target}, as a person moves its
	 * lines: comments around it and inside it stay (see {@link InputMoves}).
	 *
	 * @throws IllegalArgumentException when it cannot go there ({@link TreeEdits#canMove})
	 */
	public List<FileEdit> move(ModelSnapshot fresh, Input input, EObject target) {
		refuseBroken(fresh);
		List<TextEdit> edits = InputMoves.move(parsedText(fresh), input, target);
		return edits.isEmpty() ? List.of() : inText(fresh, List.of(new FileEdit(fresh.resource(), edits)));
	}

	/**
	 * The edits that set a property of {@code element} (of {@code fresh}) to what was typed. Emptying
	 * a property deletes its clause; a list of names written in one clause is rewritten in place; the
	 * rest goes through the change serializer.
	 *
	 * @throws IllegalArgumentException when the text does not fit the property (nothing is written)
	 */
	public List<FileEdit> set(ModelSnapshot fresh, EObject element, ElementProperty property, String value) {
		refuseBroken(fresh);
		EStructuralFeature feature = property.feature();
		boolean written = !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
		if (value.isBlank() && property == ElementProperty.GAME && !ElementProperty.SECONDARY_GAME.get(element).isEmpty()) {
			// 'secondary' is written after the game it qualifies: without a game the text would not parse
			throw new IllegalArgumentException("The secondary game needs a game: empty the secondary game first.");
		}
		if (value.isBlank() && written && property != ElementProperty.NAME) {
			return inText(fresh, List.of(new FileEdit(fresh.resource(), ClauseEdits.removeClause(parsedText(fresh), element, feature))));
		}
		if (feature.isMany() && property.isNameList() && ClauseEdits.inOneClause(element, feature)) {
			property.set(element, value);
			return inText(fresh, List.of(new FileEdit(fresh.resource(), List.of(ClauseEdits.replaceValues(element, feature, property.get(element))))));
		}
		if (written && !feature.isMany() && feature instanceof EAttribute && property != ElementProperty.NAME) {
			property.set(element, value);
			return inText(fresh, List.of(new FileEdit(fresh.resource(), List.of(replaceValue(element, feature)))));
		}
		return edit(fresh, snapshot -> property.set(element, value));
	}

	/**
	 * A value that is written already is rewritten where it stands, as its rule writes it: the change
	 * serializer's in-place update cannot write enumeration values (it hands them to a string
	 * converter), and this keeps the analyst's alignment around it too.
	 */
	private TextEdit replaceValue(EObject element, EStructuralFeature feature) {
		INode node = NodeModelUtils.findNodesForFeature(element, feature).get(0);
		Object value = element.eGet(feature);
		String text;
		if (value instanceof Enumerator literal) {
			text = literal.getLiteral();
		} else if (node.getGrammarElement() instanceof RuleCall call) {
			text = valueConverters.toString(value, call.getRule().getName());
		} else {
			text = String.valueOf(value);
		}
		return new TextEdit(node.getOffset(), node.getLength(), text);
	}

	/**
	 * The text edits, per file, of {@code change} applied to {@code fresh} (a snapshot loaded for
	 * this edit alone). A change that throws leaves every text as it is.
	 */
	public List<FileEdit> edit(ModelSnapshot fresh, Consumer<ModelSnapshot> change) {
		refuseBroken(fresh);
		return inText(fresh, modelEdits.edit(fresh.model(), model -> change.accept(fresh)));
	}

	/** The text the node model's offsets count in: the snapshot's, less a leading byte order mark (the loader drops it). */
	private static String parsedText(ModelSnapshot fresh) {
		return fresh.resource().getParseResult().getRootNode().getText();
	}

	/**
	 * The edits as offsets into the snapshot's text: one further on for a text that starts with a
	 * byte order mark, which the parser never saw (found by SerializerFuzz: a rename wrote one
	 * character early, 'team Listening' became 'teamRenamedg').
	 */
	private static List<FileEdit> inText(ModelSnapshot fresh, List<FileEdit> edits) {
		int shift = fresh.text().startsWith("\uFEFF") && !parsedText(fresh).startsWith("\uFEFF") ? 1 : 0;
		if (shift == 0) {
			return edits;
		}
		return edits.stream().map(file -> file.resource() != fresh.resource() ? file
				: new FileEdit(file.resource(), file.edits().stream().map(e -> new TextEdit(e.offset() + shift, e.length(), e.text())).toList()))
				.toList();
	}

	private static void refuseBroken(ModelSnapshot fresh) {
		if (fresh.hasSyntaxErrors()) {
			throw new IllegalStateException("The text has syntax errors; fix them in the source before editing the tree.");
		}
		refuseRepeatedClauses(fresh);
	}

	/**
	 * A clause that takes one value written twice ({@code dimension}, {@code data}): the second value
	 * replaces the first in the model, and the first stands in the text without a place in it. The
	 * change serializer then failed inside Xtext (a NullPointerException in its
	 * NodeModelBasedRegionAccessBuilder, which asks each parsed element for its place) or glued the
	 * neighbours of what it could not write back together (found by SerializerFuzz). Such a text is
	 * left to the source editor, where the validator points at the clause.
	 */
	private static void refuseRepeatedClauses(ModelSnapshot fresh) {
		for (var contents = fresh.resource().getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
				if (nodes.size() > 1) {
					INode repeated = nodes.get(1);
					String keyword = ClauseEdits.keywordOf(repeated);
					int line = NodeModelUtils.getLineAndColumn(repeated, repeated.getOffset()).getLine();
					throw new IllegalStateException("'" + keyword + "' is given more than once at line " + line
							+ "; keep one in the source editor, then edit the tree.");
				}
			}
		}
	}
}
