package org.northstar.ui.lsp;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** textDocument/codeAction for problems, and running the chosen action: its edit here, its command on the server. */
public final class CodeActions {

	private static final long ANSWER_MILLIS = 3000;

	private CodeActions() {
	}

	public static List<CodeAction> fixes(LanguageServerConnection connection, String uri, Range range,
			List<Diagnostic> diagnostics) {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), range,
				new CodeActionContext(diagnostics));
		List<Either<Command, CodeAction>> answer = Answers
				.await(connection.request(server -> server.codeAction(params)), ANSWER_MILLIS, List.of());
		return answer.stream().map(CodeActions::asAction)
				.filter(action -> action.getDisabled() == null).toList();
	}

	private static CodeAction asAction(Either<Command, CodeAction> either) {
		if (either.isRight()) {
			return either.getRight();
		}
		CodeAction action = new CodeAction(either.getLeft().getTitle());
		action.setCommand(either.getLeft());
		return action;
	}

	/** Applies the action's edit (on the UI thread) and starts its command; the server applies a command's edits through the client. */
	public static boolean run(LanguageServerConnection connection, CodeAction action) {
		boolean applied = action.getEdit() == null || WorkspaceEdits.apply(action.getEdit());
		Command command = action.getCommand();
		if (command != null) {
			// not awaited: the server answers a command by asking the client to apply edits on this very thread
			connection.request(server -> server
					.executeCommand(new ExecuteCommandParams(command.getCommand(), command.getArguments())));
		}
		return applied;
	}
}
