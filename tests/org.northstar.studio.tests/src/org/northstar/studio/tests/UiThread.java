package org.northstar.studio.tests;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.ui.PlatformUI;

/** Runs test code on the workbench's UI thread (the tests themselves run on another thread). */
final class UiThread {

	private UiThread() {
	}

	static <T> T get(Supplier<T> supplier) {
		AtomicReference<T> result = new AtomicReference<>();
		// assertion errors too: SWT would not hand an Error thrown in syncExec back to the test's thread
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			try {
				result.set(supplier.get());
			} catch (RuntimeException e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (error.get() != null) {
			throw error.get();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	static void run(Runnable runnable) {
		get(() -> {
			runnable.run();
			return null;
		});
	}
}
