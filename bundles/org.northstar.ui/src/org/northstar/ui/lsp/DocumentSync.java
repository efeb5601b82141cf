package org.northstar.ui.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Keeps the server's copy of one open document equal to the editor's: opened once however many editors
 * show it, changes sent as full text after a pause in typing (the server validates each version it gets,
 * so sending every keystroke would only queue work), flushed at once before any request about it.
 * <p>
 * The text is copied once per pause, on the UI thread that owns the document, not once per key: a
 * keystroke only counts a new version (copying a large model per key kept the UI thread busy under a
 * burst of typing), and a flush from another thread (a hover) asks the UI thread for the copy.
 */
public final class DocumentSync implements IDocumentListener {

	/** How long typing must pause before the server hears of it. */
	public static final long DEBOUNCE_MILLIS = 150;

	private static final String LANGUAGE_ID = "northstar";
	private static final Map<Path, DocumentSync> OPEN = new ConcurrentHashMap<>();
	private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "northstar-lsp-debounce");
		thread.setDaemon(true);
		return thread;
	});

	private final LanguageServerConnection connection;
	private final IDocument document;
	private final String uri;
	private final Path key;
	private int users;
	private int version;
	private boolean unsent;
	private ScheduledFuture<?> scheduledSend;

	private DocumentSync(LanguageServerConnection connection, IDocument document, String uri) {
		this.connection = connection;
		this.document = document;
		this.uri = uri;
		this.key = DocumentUris.key(uri);
	}

	/** Opens the document on the server, or counts one more editor of an already open one. */
	public static synchronized DocumentSync connect(IFile file, IDocument document) {
		String uri = DocumentUris.of(file);
		DocumentSync sync = OPEN.computeIfAbsent(DocumentUris.key(uri),
				path -> new DocumentSync(LanguageServerConnection.get(), document, uri));
		if (sync.users++ == 0) {
			sync.open();
		}
		return sync;
	}

	/** The open document of a file, if an editor has it. */
	public static DocumentSync of(Path file) {
		return OPEN.get(file);
	}

	public static boolean isOpen(Path file) {
		return OPEN.containsKey(file);
	}

	public String uri() {
		return uri;
	}

	public IDocument document() {
		return document;
	}

	public LanguageServerConnection connection() {
		return connection;
	}

	private void open() {
		String text = document.get();
		document.addDocumentListener(this);
		connection.notify(server -> server.didOpen(
				new DidOpenTextDocumentParams(new TextDocumentItem(uri, LANGUAGE_ID, 0, text))));
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// only the result matters: whole text is sent
	}

	@Override
	public synchronized void documentChanged(DocumentEvent event) {
		version++;
		unsent = true;
		if (scheduledSend != null) {
			scheduledSend.cancel(false);
		}
		scheduledSend = TIMER.schedule(this::flushOnUiThread, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Sends what was typed and not yet sent; called before every request about this document, from any thread. */
	public void flush() {
		synchronized (this) {
			if (!unsent) {
				return;
			}
		}
		Display display = uiDisplay();
		if (display == null || display.getThread() == Thread.currentThread()) {
			sendUnsent();
		} else if (!display.isDisposed()) {
			// the caller's request must find the server up to date: wait for the copy (holding no lock here)
			display.syncExec(this::sendUnsent);
		}
	}

	private void flushOnUiThread() {
		Display display = uiDisplay();
		if (display == null) {
			sendUnsent();
		} else if (!display.isDisposed()) {
			display.asyncExec(this::sendUnsent);
		}
	}

	/** The workbench's display, or null outside a running workbench (the document then has no UI thread). */
	private static Display uiDisplay() {
		return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
	}

	private synchronized void sendUnsent() {
		if (!unsent) {
			return;
		}
		unsent = false;
		if (scheduledSend != null) {
			scheduledSend.cancel(false);
			scheduledSend = null;
		}
		String text = document.get();
		int sentVersion = version;
		connection.notify(server -> server.didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, sentVersion), List.of(new TextDocumentContentChangeEvent(text)))));
	}

	/** Sends the text again as a new version, so the server validates it again: the data the rules judge changed. */
	public void revalidate() {
		synchronized (this) {
			version++;
			unsent = true;
		}
		flush();
	}

	public void saved() {
		flush();
		connection.notify(server -> server.didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri))));
	}

	/** One editor fewer; the last one closes the document on the server. */
	public void disconnect() {
		synchronized (DocumentSync.class) {
			if (--users > 0) {
				return;
			}
			OPEN.remove(key);
		}
		synchronized (this) {
			document.removeDocumentListener(this);
			if (scheduledSend != null) {
				scheduledSend.cancel(false);
			}
			unsent = false;
		}
		connection.notify(server -> server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
	}

	public TextDocumentIdentifier identifier() {
		return new TextDocumentIdentifier(uri);
	}
}
