package org.northstar.studio;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Says that no web browser could show a page: where the page is, and what to install to read it in the studio. */
final class NoBrowserDialog {

	static final String TITLE = "No web browser";

	private NoBrowserDialog() {
	}

	static String message(String address) {
		return "North Star Studio found no web browser to show this page. While the studio runs, it is at\n\n" + address
				+ "\n\nTo read the guide in the studio's own help window, install WebKitGTK (Debian and Ubuntu: libwebkit2gtk-4.1-0)"
				+ " and start the studio again; or install a web browser (e.g. Firefox) and make it the default one.\n\n"
				+ "Without a browser, F1 on a problem still shows its rule in the Help view.";
	}

	static void open(String address) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Shell parent = display.getActiveShell();
		MessageDialog dialog = new MessageDialog(parent, TITLE, null, message(address), MessageDialog.WARNING, 1, "&Copy Address",
				IDialogConstants.CLOSE_LABEL);
		if (dialog.open() == 0) {
			Clipboard clipboard = new Clipboard(display);
			try {
				clipboard.setContents(new Object[] { address }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}
	}
}
