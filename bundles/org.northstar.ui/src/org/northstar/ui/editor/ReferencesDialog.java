package org.northstar.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.northstar.ui.lsp.DocumentUris;

/** Find references: the places the server lists, as "file:line", one of which can be opened. */
final class ReferencesDialog {

	private ReferencesDialog() {
	}

	static void show(Shell shell, String name, List<? extends Location> references) {
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle("References to " + name);
		dialog.setMessage(references.isEmpty() ? "Nothing refers to " + name + "."
				: references.size() + " reference(s) to " + name + "; open one:");
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((Location) element);
			}
		});
		dialog.setInput(references.stream().sorted(Comparator.comparing(ReferencesDialog::label)).toList());
		if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
			Locations.open((Location) dialog.getResult()[0]);
		}
	}

	static String label(Location location) {
		String file = DocumentUris.key(location.getUri()).getFileName().toString();
		return file + ":" + (location.getRange().getStart().getLine() + 1);
	}
}
