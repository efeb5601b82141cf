package org.northstar.ui.lsp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;

/**
 * Waits a bounded time for the server's answer. A late, cancelled (the user typed on: the server drops
 * reads when text changes) or failed answer becomes the fallback; failures go to the log, never to the user.
 */
public final class Answers {

	private Answers() {
	}

	public static <T> T await(CompletableFuture<T> answer, long millis, T fallback) {
		try {
			T value = answer.get(millis, TimeUnit.MILLISECONDS);
			return value == null ? fallback : value;
		} catch (TimeoutException | CancellationException e) {
			answer.cancel(true);
			return fallback;
		} catch (ExecutionException e) {
			if (!(e.getCause() instanceof CancellationException)) {
				ILog.of(Answers.class).warn("The North Star language server could not answer.", e.getCause());
			}
			return fallback;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fallback;
		}
	}
}
