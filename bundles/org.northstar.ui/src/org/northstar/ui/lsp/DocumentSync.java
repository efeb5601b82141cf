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

/**
 * Keeps the server's copy of one open document equal to the editor's: opened once however many editors
 * show it, changes sent as full text after a pause in typing (the server validates each version it gets,
 * so sending every keystroke would only queue work), flushed at once before any request about it.
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
	private String unsentText;
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
		unsentText = document.get();
		if (scheduledSend != null) {
			scheduledSend.cancel(false);
		}
		scheduledSend = TIMER.schedule(this::flush, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Sends what was typed and not yet sent; called before every request about this document. */
	public synchronized void flush() {
		if (unsentText == null) {
			return;
		}
		String text = unsentText;
		int sentVersion = version;
		unsentText = null;
		if (scheduledSend != null) {
			scheduledSend.cancel(false);
			scheduledSend = null;
		}
		connection.notify(server -> server.didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, sentVersion), List.of(new TextDocumentContentChangeEvent(text)))));
	}

	/** Sends the text again as a new version, so the server validates it again: the data the rules judge changed. */
	public synchronized void revalidate() {
		version++;
		unsentText = document.get();
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
			unsentText = null;
		}
		connection.notify(server -> server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
	}

	public TextDocumentIdentifier identifier() {
		return new TextDocumentIdentifier(uri);
	}
}
