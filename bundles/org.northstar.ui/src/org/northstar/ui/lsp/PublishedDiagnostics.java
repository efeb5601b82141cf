package org.northstar.ui.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * The latest diagnostics the server published for each document; editors listen here (on the server's
 * thread: listeners hand work to the UI thread themselves).
 */
public final class PublishedDiagnostics {

	/** Told of every publication. */
	public interface Listener {
		void published(Path file, List<Diagnostic> diagnostics);
	}

	private static final Map<Path, List<Diagnostic>> LATEST = new ConcurrentHashMap<>();
	private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

	private PublishedDiagnostics() {
	}

	static void publish(PublishDiagnosticsParams params) {
		Path file = DocumentUris.key(params.getUri());
		List<Diagnostic> diagnostics = List.copyOf(params.getDiagnostics());
		LATEST.put(file, diagnostics);
		for (Listener listener : LISTENERS) {
			listener.published(file, diagnostics);
		}
	}

	public static List<Diagnostic> of(Path file) {
		return LATEST.getOrDefault(file, List.of());
	}

	public static void addListener(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Listener listener) {
		LISTENERS.remove(listener);
	}

	static void clear() {
		LATEST.clear();
	}
}
