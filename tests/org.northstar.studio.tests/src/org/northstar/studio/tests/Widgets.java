package org.northstar.studio.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A dialog's fields found by the label a person reads beside them, and its buttons by their text (call on the UI thread). */
final class Widgets {

	private Widgets() {
	}

	static Text text(Composite root, String label) {
		return after(root, label, Text.class);
	}

	static Combo combo(Composite root, String label) {
		return after(root, label, Combo.class);
	}

	/** Types into a field as a person does: the text changes, and the page hears of it. */
	static void type(Composite root, String label, String value) {
		text(root, label).setText(value);
	}

	static void choose(Composite root, String label, String item) {
		Combo combo = combo(root, label);
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError("'" + label + "' does not offer " + item + ": " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		combo.notifyListeners(SWT.Modify, new Event());
	}

	/** Clicks the visible, enabled button {@code text} (mnemonics ignored). */
	static void press(Composite root, String text) {
		Button button = all(root, Button.class).stream().filter(b -> b.isVisible() && plain(b.getText()).equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
		if (!button.isEnabled()) {
			throw new AssertionError("the button " + text + " is disabled");
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static <C extends Control> C after(Composite root, String label, Class<C> type) {
		for (Label candidate : all(root, Label.class)) {
			if (candidate.isVisible() && plain(candidate.getText()).equals(label)) {
				List<Control> siblings = List.of(candidate.getParent().getChildren());
				int index = siblings.indexOf(candidate);
				if (index + 1 < siblings.size()) {
					Control field = siblings.get(index + 1);
					return Optional.of(field).filter(type::isInstance).map(type::cast)
							.orElseThrow(() -> new AssertionError("'" + label + "' labels a " + field));
				}
			}
		}
		throw new AssertionError("no visible field labelled '" + label + "'");
	}

	static <C extends Control> List<C> all(Control control, Class<C> type) {
		List<C> found = new ArrayList<>();
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, type));
			}
		}
		return found;
	}

	private static String plain(String text) {
		return text.replace("&", "").strip();
	}
}
