package org.northstar.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.eclipse.xtext.util.CancelIndicator;

/**
 * Runs one task per item on a number of threads, the calling thread being one of them, and gives the
 * results in the items' order, so that what comes after sees the same order as a loop would. A task
 * should not throw: it keeps its failure in its result. Cancellation is checked between two items.
 */
final class SideBySide {

	private SideBySide() {
	}

	/** As many threads as the machine has cores. */
	static int threads() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** {@code count}, when it is a number of threads one can run on. */
	static int threads(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + count);
		}
		return count;
	}

	/** {@code task} applied to each item, in the items' order; the first error a worker threw is rethrown. */
	static <T, R> List<R> map(List<T> items, Function<T, R> task, int threads, CancelIndicator cancel) {
		Object[] results = new Object[items.size()];
		eachIndex(items.size(), i -> results[i] = task.apply(items.get(i)), threads, cancel);
		@SuppressWarnings("unchecked")
		List<R> inOrder = (List<R>) Arrays.asList(results);
		return inOrder;
	}

	/** {@code task} done for each item; what a task changes is seen by the caller when this returns. */
	static <T> void forEach(List<T> items, Consumer<T> task, int threads, CancelIndicator cancel) {
		eachIndex(items.size(), i -> task.accept(items.get(i)), threads, cancel);
	}

	private static void eachIndex(int count, IntConsumer task, int threads, CancelIndicator cancel) {
		AtomicInteger next = new AtomicInteger();
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		Runnable worker = () -> {
			try {
				for (int i = next.getAndIncrement(); i < count && thrown.get() == null; i = next.getAndIncrement()) {
					if (cancel != null && cancel.isCanceled()) {
						return;
					}
					task.accept(i);
				}
			} catch (RuntimeException | Error e) {
				thrown.compareAndSet(null, e);
			}
		};
		int helpers = Math.min(count, threads) - 1;
		List<Thread> started = new ArrayList<>();
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		for (int i = 0; i < helpers; i++) {
			// the caller's class loader: inside OSGi, EMF and Guice find classes through it
			Thread thread = Thread.ofPlatform().daemon().name("northstar-check-", i).unstarted(worker);
			thread.setContextClassLoader(loader);
			thread.start();
			started.add(thread);
		}
		worker.run();
		joinAll(started);
		if (thrown.get() instanceof RuntimeException e) {
			throw e;
		}
		if (thrown.get() instanceof Error e) {
			throw e;
		}
		Cancellation.check(cancel);
	}

	private static void joinAll(List<Thread> threads) {
		boolean interrupted = false;
		for (Thread thread : threads) {
			while (true) {
				try {
					thread.join();
					break;
				} catch (InterruptedException e) {
					// the workers stop by themselves, soon; the caller learns of the interrupt afterwards
					interrupted = true;
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
