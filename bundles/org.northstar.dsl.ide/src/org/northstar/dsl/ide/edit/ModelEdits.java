package org.northstar.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Turns a change made to the model in code into minimal text edits. A change that only adds an
 * element is written as that element's text inserted where it goes ({@link ElementInsertions});
 * any other goes through Xtext's change serializer: the changed element is written anew, references
 * to a renamed element are updated in every file of the resource set, and everything else
 * (comments, layout) is left as it was, byte for byte.
 * This is how the graphical editor writes: the text stays the model's home.
 */
public class ModelEdits {

	@Inject
	private Provider<IChangeSerializer> changeSerializers;

	@Inject
	private ElementInsertions insertions;

	/**
	 * Records {@code change} applied to {@code root} (whose resource is loaded
	 * with its node model) and returns the text edits per file. The in-memory
	 * model is changed too; callers that keep the text as the truth apply the
	 * edits to their documents and re-parse.
	 */
	public <T extends EObject> List<FileEdit> edit(T root, Consumer<T> change) {
		Map<URI, String> oldTexts = new HashMap<>();
		for (Resource resource : root.eResource().getResourceSet().getResources()) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
				oldTexts.put(resource.getURI(), xtext.getParseResult().getRootNode().getText());
			}
		}
		List<FileEdit> edits = new ArrayList<>();
		try {
			ChangeDescription recorded = recorded(root, change);
			ICompositeNode oldNodes = oldNodes(root.eResource(), oldTexts.get(root.eResource().getURI()));
			TextEdit inserted = oldNodes == null ? null : insertions.insert(oldNodes.getText(), recorded);
			if (inserted != null) {
				FileEdit edit = new FileEdit(root.eResource(), List.of(inserted));
				refuseLostComments(oldNodes, edit);
				return List.of(edit);
			}
			// the change serializer records the change itself, from the model the text was parsed into
			recorded.applyAndReverse();
			IChangeSerializer serializer = changeSerializers.get();
			serializer.addModification(root, model -> recorded.applyAndReverse());
			serializer.applyModifications(resourceChange -> collect(resourceChange, oldTexts, edits));
		} catch (IllegalArgumentException | IllegalStateException refusal) {
			throw refusal; // the change itself refused, with a message for the person
		} catch (RuntimeException e) {
			// the serializer writes new elements in full and fails on what it cannot write (mostly a reference
			// to a name that is not defined); the change is then not made, and the person is told
			throw new IllegalStateException("This change cannot be written into the text (" + firstLine(e.getMessage())
					+ "); make it in the source editor.", e);
		}
		return edits;
	}

	/** {@code change} applied to {@code root}, and what it did, as the description that undoes it. */
	private static <T extends EObject> ChangeDescription recorded(T root, Consumer<T> change) {
		ChangeRecorder recorder = new ChangeRecorder(root.eResource());
		try {
			change.accept(root);
			return recorder.endRecording();
		} finally {
			recorder.dispose();
		}
	}

	private static String firstLine(String message) {
		return message == null ? "internal error" : message.strip().lines().findFirst().orElse("").strip();
	}

	private static void collect(IEmfResourceChange change, Map<URI, String> oldTexts, List<FileEdit> edits) {
		if (!(change instanceof ITextDocumentChange textChange)) {
			return;
		}
		String oldText = oldTexts.get(change.getResource().getURI());
		ICompositeNode oldNodes = oldNodes(change.getResource(), oldText);
		List<TextEdit> minimal = new ArrayList<>();
		for (ITextReplacement replacement : textChange.getReplacements()) {
			int offset = replacement.getOffset();
			String replaced = replacement.getText();
			String newText = replacement.getReplacementText();
			if (oldNodes != null) {
				newText = TrailingComments.keep(oldNodes, offset, replaced, newText);
				int again = TrailingComments.writtenAgain(oldNodes, offset, newText);
				if (again == 0) {
					newText = newText.substring(TrailingComments.rewrittenBefore(oldNodes, offset, newText));
				}
				offset -= again;
				replaced = oldText.substring(offset, offset + again) + replaced;
				int end = offset + replaced.length();
				replaced += oldText.substring(end, end + TrailingComments.writtenAgainAfter(oldNodes, end, newText));
				TrailingComments.Region safe = TrailingComments.unterminatedLastComment(oldNodes,
						new TrailingComments.Region(offset, replaced, newText));
				replaced = safe.replaced();
				newText = safe.newText();
			}
			MinimalReplacement shrunk = MinimalReplacement.of(offset, replaced, newText);
			if (!shrunk.isEmpty()) {
				minimal.add(new TextEdit(shrunk.offset(), shrunk.length(), shrunk.text()));
			}
		}
		if (!minimal.isEmpty()) {
			FileEdit edit = new FileEdit(change.getResource(), InsertedLineIndentation.fix(oldText, minimal));
			if (oldNodes != null) {
				refuseLostComments(oldNodes, edit);
			}
			edits.add(edit);
		}
	}

	/**
	 * What the serializer writes keeps every comment once, or the change is refused: when it rewrites a
	 * whole product whose members it cannot write back in their order (a commented-out line among
	 * them), it drops the comments in between, or writes one again where the member after it went
	 * (both found by SerializerFuzz). Nothing the serializer
	 * writes removes a comment on purpose: removals are {@link ClauseEdits}.
	 */
	private static void refuseLostComments(ICompositeNode oldNodes, FileEdit edit) {
		String oldText = oldNodes.getText();
		String newText = edit.applyTo(oldText);
		for (ILeafNode leaf : oldNodes.getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT")) {
				String comment = leaf.getText().strip();
				boolean replaced = edit.edits().stream()
						.anyMatch(e -> leaf.getOffset() < e.offset() + e.length() && leaf.getEndOffset() > e.offset());
				int before = occurrences(oldText, comment);
				int after = occurrences(newText, comment);
				if (replaced && after < before || after > before) {
					int line = NodeModelUtils.getLineAndColumn(oldNodes, leaf.getOffset()).getLine();
					throw new IllegalStateException("This change would " + (after < before ? "drop" : "write twice")
							+ " the comment at line " + line + " ('" + comment + "'); make it in the source editor.");
				}
			}
		}
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	/** The node model of the text before the change (the serializer does not parse again), or null. */
	private static ICompositeNode oldNodes(Resource resource, String oldText) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().getRootNode().getText().equals(oldText)) {
			return xtext.getParseResult().getRootNode();
		}
		return null;
	}

	/** Replace {@code length} characters at {@code offset} of the old text by {@code text}. */
	public record TextEdit(int offset, int length, String text) {
	}

	/** The edits of one file, as replacements of the text it had before the change. */
	public record FileEdit(Resource resource, List<TextEdit> edits) {

		/** The file's new text: its old text with the edits applied. */
		public String applyTo(String oldText) {
			List<TextEdit> backToFront = new ArrayList<>(edits);
			backToFront.sort(Comparator.comparingInt(TextEdit::offset).reversed());
			StringBuilder text = new StringBuilder(oldText);
			for (TextEdit edit : backToFront) {
				text.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
			}
			return text.toString();
		}
	}
}
