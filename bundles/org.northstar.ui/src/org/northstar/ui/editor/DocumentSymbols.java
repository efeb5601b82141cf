package org.northstar.ui.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.northstar.ui.lsp.DocumentSync;

/** The document's symbols (products, metrics, teams...) as a tree, whichever form the server answers in. */
final class DocumentSymbols {

	private DocumentSymbols() {
	}

	static CompletableFuture<List<DocumentSymbol>> fetch(DocumentSync document) {
		DocumentSymbolParams params = new DocumentSymbolParams(document.identifier());
		return document.connection().request(server -> server.documentSymbol(params))
				.thenApply(answer -> answer.stream().map(DocumentSymbols::asTree).toList());
	}

	private static DocumentSymbol asTree(Either<SymbolInformation, DocumentSymbol> either) {
		if (either.isRight()) {
			return either.getRight();
		}
		SymbolInformation flat = either.getLeft();
		Range range = flat.getLocation().getRange();
		return new DocumentSymbol(flat.getName(), flat.getKind(), range, range, flat.getContainerName());
	}

	/** The innermost symbol whose range holds the position, or null. */
	static DocumentSymbol deepestAt(List<DocumentSymbol> symbols, Position position) {
		for (DocumentSymbol symbol : symbols) {
			if (contains(symbol.getRange(), position)) {
				DocumentSymbol inner = symbol.getChildren() == null ? null
						: deepestAt(symbol.getChildren(), position);
				return inner != null ? inner : symbol;
			}
		}
		return null;
	}

	private static boolean contains(Range range, Position position) {
		return compare(range.getStart(), position) <= 0 && compare(position, range.getEnd()) <= 0;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
				: Integer.compare(a.getCharacter(), b.getCharacter());
	}

	/** The last segment: servers may name symbols by their qualified name (acme.invoicely.Invoicely.Senders). */
	static String simpleName(DocumentSymbol symbol) {
		String name = symbol.getName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	static List<DocumentSymbol> children(DocumentSymbol symbol) {
		return symbol.getChildren() == null ? List.of() : symbol.getChildren();
	}
}
