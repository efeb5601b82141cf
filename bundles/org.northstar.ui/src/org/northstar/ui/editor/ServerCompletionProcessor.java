package org.northstar.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.northstar.ui.lsp.Answers;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.Positions;

/** Content assist from textDocument/completion, after the typed text has been sent. */
final class ServerCompletionProcessor implements IContentAssistProcessor {

	private static final long ANSWER_MILLIS = 3000;
	private static final char[] AUTO_ACTIVATION = autoActivationCharacters();

	static final String NOTHING_HERE = "Nothing to propose here.";
	static final String SERVER_BUSY = "The North Star language server is still busy (starting, or checking the models): "
			+ "press Ctrl+Space again in a moment.";

	private final Supplier<DocumentSync> sync;
	private final Consumer<String> emptyListMessage;
	private String error;

	/** @param emptyListMessage where to say why Ctrl+Space found nothing (the popup shows it instead of staying away) */
	ServerCompletionProcessor(Supplier<DocumentSync> sync, Consumer<String> emptyListMessage) {
		this.sync = sync;
		this.emptyListMessage = emptyListMessage;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		DocumentSync document = sync.get();
		if (document == null) {
			return new ICompletionProposal[0];
		}
		IDocument text = viewer.getDocument();
		document.flush();
		CompletionParams params = new CompletionParams(document.identifier(), Positions.position(text, offset));
		Either<List<CompletionItem>, CompletionList> answer = Answers
				.await(document.connection().request(server -> server.completion(params)), ANSWER_MILLIS, null);
		error = answer == null ? SERVER_BUSY : null;
		emptyListMessage.accept(answer == null ? SERVER_BUSY : NOTHING_HERE);
		List<CompletionItem> items = answer == null ? List.of()
				: answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		return items.stream().sorted(Comparator.comparing(ServerCompletionProcessor::sortKey))
				.map(item -> new ServerCompletionProposal(item, text, offset))
				.filter(proposal -> proposal.validate(text, offset, null)).toArray(ICompletionProposal[]::new);
	}

	private static String sortKey(CompletionItem item) {
		return item.getSortText() != null ? item.getSortText() : item.getLabel();
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	/** After '.' and, as in other editors, after a pause in typing a name (the assistant waits for the pause). */
	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return AUTO_ACTIVATION.clone();
	}

	private static char[] autoActivationCharacters() {
		StringBuilder characters = new StringBuilder("._");
		for (char c = 'a'; c <= 'z'; c++) {
			characters.append(c).append(Character.toUpperCase(c));
		}
		return characters.toString().toCharArray();
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
