package org.northstar.ui.editor;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.northstar.ui.lsp.DocumentUris;
import org.northstar.ui.lsp.Positions;

/** Opens a place the server named (a definition, a reference) in an editor and selects it. */
final class Locations {

	private Locations() {
	}

	static boolean open(Location location) {
		return open(location.getUri(), location.getRange());
	}

	static boolean open(LocationLink link) {
		return open(link.getTargetUri(),
				link.getTargetSelectionRange() != null ? link.getTargetSelectionRange() : link.getTargetRange());
	}

	static boolean open(String uri, Range range) {
		Optional<IFile> file = DocumentUris.file(uri);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (file.isEmpty() || page == null) {
			return false;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file.get());
			if (editor instanceof ITextEditor text) {
				IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
				IRegion region = Positions.region(document, range);
				text.selectAndReveal(region.getOffset(), region.getLength());
			}
			return true;
		} catch (PartInitException e) {
			return false;
		}
	}
}
