package org.northstar.ui.editor.tests.roundtrip;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.diagram.editor.TreeDocument;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.TreeEdits;
import org.northstar.model.NamedElement;

/**
 * One command of the diagram (what its palette, Delete, Copy/Paste, drag and drop, rename field
 * and Properties view do), with random choices: which element, which kind or property, which
 * value. It runs through {@link TreeDocument}, as the diagram's actions do.
 */
record DiagramCommand(Op op, int element, int other, int value) {

	enum Op {
		ADD, RENAME, MOVE, PASTE, DELETE, SET
	}

	/** Names a person might type: new, numbered, one letter, not a name, taken ones are picked from the model. */
	private static final List<String> NAMES = List.of("Renamed", "Renamed2", "X", "bad name", "9lives", "");

	/** Values for free-text properties: fitting ones, empty (removes the clause) and ones that are refused. */
	private static final List<String> VALUES = List.of("", "Something new", "3.5", "-2", "a lot", "Growth", "Growth, Billing",
			"9000 by 2027-06-30; 12000 by 2027-12-31", "9000 by June", "value 4, leading 3", "beauty 5", "invoices",
			"\"quoted\"", "Lee, Mia");

	/**
	 * What the command wrote over: ranges of the text before it (offset, end) whose comments may go
	 * (a deleted element's, a renamed or changed element's own), or null when the diagram would not
	 * offer the command on the elements picked.
	 */
	List<int[]> run(TreeDocument document, ModelSnapshot before) {
		// the nodes a person can select in the diagram (not the file, a candidate, a score)
		List<EObject> elements = new ArrayList<>(before.elements().values().stream().filter(e -> ElementKind.of(e) != null).toList());
		if (elements.isEmpty() && op != Op.ADD) {
			return null;
		}
		EObject picked = elements.isEmpty() ? null : elements.get(element % elements.size());
		String key = picked == null ? null : before.key(picked);
		String text = before.text();
		switch (op) {
			case ADD -> {
				EObject selected = element % 5 == 0 ? null : picked;
				List<ElementKind> kinds = ElementKind.addableAt(selected);
				ElementKind kind = kinds.get(other % kinds.size());
				String selectedKey = selected == null ? null : key;
				document.change(fresh -> TreeEdits.add(fresh.model(), kind, fresh.element(selectedKey)));
				return selected == null ? List.of() : List.of(region(text, selected));
			}
			case RENAME -> {
				String name = value % 4 == 0 ? before.key(elements.get(other % elements.size())).replaceAll(".*\\.", "")
						: NAMES.get(value % NAMES.size());
				document.set(key, ElementProperty.NAME, name);
				return List.of(region(text, picked));
			}
			case MOVE -> {
				// a drop is offered only where the input may go
				List<EObject> targets = elements.stream().filter(target -> TreeEdits.canMove(picked, target)).toList();
				if (targets.isEmpty()) {
					return null;
				}
				EObject target = targets.get(other % targets.size());
				String targetKey = before.key(target);
				document.move(key, targetKey);
				return List.of(region(text, picked));
			}
			case PASTE -> {
				EObject target = elements.get(other % elements.size());
				if (!(picked instanceof NamedElement) || TreeEdits.productOf(picked) == null) {
					return null; // Copy is offered on elements of a product only
				}
				String targetKey = before.key(target);
				document.change(fresh -> TreeEdits.paste((NamedElement) fresh.element(key), fresh.element(targetKey)));
				return List.of();
			}
			case DELETE -> {
				document.remove(key);
				return List.of(region(text, picked));
			}
			case SET -> {
				List<ElementProperty> properties = ElementProperty.of(picked);
				if (properties.isEmpty()) {
					return null;
				}
				ElementProperty property = properties.get(other % properties.size());
				List<String> choices = property.choices().isEmpty() ? VALUES : property.choices();
				document.set(key, property, choices.get(value % choices.size()));
				return List.of(region(text, picked));
			}
			default -> throw new IllegalStateException(op.name());
		}
	}

	/**
	 * The lines an element stands on, with the comment lines right above it (a comment that
	 * introduces an element goes with it when it is deleted).
	 */
	static int[] region(String text, EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		int start = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
		int end = text.indexOf('\n', node.getEndOffset());
		end = end < 0 ? text.length() : end + 1;
		while (start > 0) {
			int previous = text.lastIndexOf('\n', start - 2) + 1;
			String line = text.substring(previous, start).strip();
			if (!(line.startsWith("//") || line.startsWith("/*") || line.startsWith("*") || line.endsWith("*/"))) {
				break;
			}
			start = previous;
		}
		return new int[] { start, end };
	}

	@Override
	public String toString() {
		return op + "(" + element + ", " + other + ", " + value + ")";
	}
}
