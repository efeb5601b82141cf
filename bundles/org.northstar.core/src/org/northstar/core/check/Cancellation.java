package org.northstar.core.check;

import java.util.concurrent.CancellationException;

import org.eclipse.xtext.util.CancelIndicator;

/** Turns a cancel request into the JDK's CancellationException, so hosts need no Xtext exception types. */
final class Cancellation {

	private Cancellation() {
	}

	static void check(CancelIndicator cancel) {
		if (cancel != null && cancel.isCanceled()) {
			throw new CancellationException("The check of the North Star models was cancelled.");
		}
	}
}
