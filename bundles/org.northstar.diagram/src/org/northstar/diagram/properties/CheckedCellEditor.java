package org.northstar.diagram.properties;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.fieldassist.ContentAssistCommandAdapter;
import org.northstar.diagram.editor.InPlaceMessage;

/**
 * A property's text cell that says why a value is refused where it was typed (and keeps it for
 * correcting), and offers the names a reference may use (Ctrl+Space, or typing a letter) for the
 * last name of a comma-separated list.
 */
final class CheckedCellEditor extends TextCellEditor {

	private final Function<String, String> refusal;
	private final InPlaceMessage message;
	private ContentProposalAdapter proposals;

	/**
	 * @param refusal why a typed value cannot be written, or null when it can
	 * @param names the names to offer; empty: none
	 */
	CheckedCellEditor(Composite parent, Function<String, String> refusal, Supplier<List<String>> names) {
		super(parent);
		this.refusal = refusal;
		message = new InPlaceMessage(text);
		text.addListener(SWT.Modify, event -> message.hide());
		if (!names.get().isEmpty()) {
			// the workbench's Content Assist command (Ctrl+Space), which a bare key stroke would never see: the key bindings take it first
			proposals = new ContentAssistCommandAdapter(text, new TextContentAdapter(), (contents, position) -> propose(names.get(), contents,
					position), null, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray(), true);
			proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		}
	}

	/** The names starting with what is typed after the last comma, each completing the whole text. */
	private static IContentProposal[] propose(List<String> names, String contents, int position) {
		String before = contents.substring(0, position);
		int comma = before.lastIndexOf(',');
		String head = comma < 0 ? "" : before.substring(0, comma + 1) + " ";
		String prefix = before.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
		return names.stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map(name -> new ContentProposal(head + name, name, null)).toArray(IContentProposal[]::new);
	}

	@Override
	protected void handleDefaultSelection(SelectionEvent event) {
		if (proposalsOpen()) {
			return; // Enter picked a proposal
		}
		String why = refusal.apply(text.getText());
		if (why == null) {
			super.handleDefaultSelection(event);
		} else {
			message.show(why);
			text.selectAll();
		}
	}

	@Override
	protected void focusLost() {
		if (proposalsOpen() || !isActivated()) {
			return;
		}
		String typed = text.getText();
		String why = refusal.apply(typed);
		if (why == null) {
			super.focusLost();
		} else {
			InPlaceMessage.showBriefly(text, "'" + typed + "' was not written: " + why);
			fireCancelEditor();
			deactivate();
		}
	}

	@Override
	protected boolean dependsOnExternalFocusListener() {
		return false; // focus leaving for the proposals' popup is no reason to close
	}

	private boolean proposalsOpen() {
		return proposals != null && proposals.isProposalPopupOpen();
	}
}
