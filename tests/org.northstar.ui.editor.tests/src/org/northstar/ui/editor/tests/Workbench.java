package org.northstar.ui.editor.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The tests run beside the workbench's UI thread: this hands code to it, waits for the workbench's
 * background work (builds, the language server) and captures the window.
 */
final class Workbench {

	private Workbench() {
	}

	static <T> T onUi(Supplier<T> code) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(code.get());
			} catch (RuntimeException | AssertionError e) {
				failure.set(e);
			}
		});
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		if (failure.get() instanceof AssertionError e) {
			throw e;
		}
		return result.get();
	}

	static void onUi(Runnable code) {
		onUi(() -> {
			code.run();
			return null;
		});
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Polls the condition (off the UI thread) until it holds. */
	static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			pause(50);
		}
	}

	static void waitForBuilds() {
		pause(300);
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
		} catch (OperationCanceledException | InterruptedException e) {
			throw new AssertionError("Interrupted while waiting for the build", e);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** The whole screen (the window and the popups over it) as build output: -Dnorthstar.screenshots. */
	static Path screenshot(Shell shell, String name) throws Exception {
		Path file = Path.of(System.getProperty("northstar.screenshots", "target/screenshots")).resolve(name + ".png");
		Files.createDirectories(file.getParent());
		onUi(() -> {
			Display display = shell.getDisplay();
			while (display.readAndDispatch()) {
				// paint what is pending first
			}
			var area = display.getBounds();
			Image image = new Image(display, area.width, area.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
				ImageLoader png = new ImageLoader();
				png.data = new ImageData[] { image.getImageData() };
				png.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
