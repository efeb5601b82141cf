package org.northstar.studio.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/** The dialogs a command opens: waited for as a person sees them come up, read and closed. */
final class Dialogs {

	private Dialogs() {
	}

	/** Runs {@code opening} later on the UI thread (a modal dialog blocks it) and waits for a shell titled {@code title}. */
	static Shell open(Runnable opening, String title) {
		PlatformUI.getWorkbench().getDisplay().asyncExec(opening);
		return waitFor(title);
	}

	static Shell waitFor(String title) {
		AtomicReference<Shell> found = new AtomicReference<>();
		Waiting.until("a dialog '" + title + "'", Duration.ofSeconds(30), () -> {
			found.set(UiThread.get(() -> Arrays.stream(PlatformUI.getWorkbench().getDisplay().getShells())
					.filter(shell -> !shell.isDisposed() && shell.isVisible() && shell.getText().equals(title)).findFirst()
					.orElse(null)));
			return found.get() != null;
		});
		return found.get();
	}

	/** Every text the dialog shows (labels, links, read-only texts), in order, one per line. */
	static String text(Shell shell) {
		return UiThread.get(() -> {
			List<String> texts = new ArrayList<>();
			collect(shell, texts);
			return String.join("\n", texts);
		});
	}

	static void close(Shell shell) {
		UiThread.run(() -> {
			if (!shell.isDisposed()) {
				shell.close();
			}
		});
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label label && label.getText() != null && !label.getText().isEmpty()) {
			texts.add(label.getText());
		} else if (control instanceof Link link) {
			texts.add(link.getText());
		} else if (control instanceof StyledText styled) {
			texts.add(styled.getText());
		} else if (control instanceof Text text) {
			texts.add(text.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
