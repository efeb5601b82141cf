package org.northstar.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

/**
 * Xtext lists the fixes by title, which puts "Ignore unowned-input here" before "Make Growth the
 * owner"; editors preselect the first, so Enter would silence the rule instead of fixing it. Here the
 * fixes of every diagnostic asked about come first and ignoring comes last.
 */
public class FixesBeforeIgnoring extends QuickFixCodeActionService {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>(super.getCodeActions(options));
		actions.sort(Comparator.comparing(FixesBeforeIgnoring::ignores)); // stable: false (a fix) first
		return actions;
	}

	private static boolean ignores(Either<Command, CodeAction> action) {
		return IgnoreRuleFix.isIgnore(action.isRight() ? action.getRight().getTitle() : action.getLeft().getTitle());
	}
}
