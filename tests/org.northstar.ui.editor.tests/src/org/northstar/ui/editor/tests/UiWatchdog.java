package org.northstar.ui.editor.tests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Measures how long the UI thread keeps a person waiting: every 10 ms it hands the UI thread a
 * ping and records how long the ping waited to run (what a keystroke or a click would wait). While
 * a ping waits longer than {@link #BLOCK_MILLIS}, it samples the UI thread's stack, so that a
 * report can say where the time went.
 * <p>
 * A ping also waits behind every input event queued before it, so under a burst of keys its wait
 * is the whole backlog, however short each key's handling. The longest single task tells the two
 * apart: the longest stretch the UI thread worked without returning to the toolkit's event loop,
 * as Eclipse's UI responsiveness monitor judges a freeze. Its boundaries are the toolkit's own
 * events before and after it hands an event to the outermost listener (a key to the text, with
 * everything that key's handling sends on), and its going to sleep and waking up: one event's
 * handling is one task, and so is the work between two events (the window system's own handling,
 * runnables and timers), which makes the figure an upper bound.
 */
final class UiWatchdog implements AutoCloseable {

	/** What a person feels as the window not answering. */
	static final long BLOCK_MILLIS = 100;

	private static final long PING_MILLIS = 10;

	/** SWT.PreExternalEventDispatch and PostExternalEventDispatch are the same numbers as Sleep and Wakeup. */
	private static final int[] TASK_BOUNDARIES = { SWT.PreEvent, SWT.PostEvent, SWT.Sleep, SWT.Wakeup };

	private final Display display;
	private final Thread uiThread;
	private final Thread pinger;
	private final AtomicLong pendingSince = new AtomicLong();
	private final AtomicLong longest = new AtomicLong();
	private final AtomicLong blocks = new AtomicLong();
	private final AtomicLong samples = new AtomicLong();
	private final AtomicLong samplesInOurCode = new AtomicLong();
	private final AtomicLong samplesInPointerQueries = new AtomicLong();
	private final Map<String, Integer> blockedIn = new LinkedHashMap<>();
	private final AtomicLong longestTask = new AtomicLong();
	private final AtomicLong tasks = new AtomicLong();
	private final Listener taskBoundaries = this::taskBoundary;
	private final Map<String, Integer> longTasksIn = new LinkedHashMap<>();
	private volatile long taskStart;
	private int eventDepth;
	private volatile boolean asleep;
	private volatile boolean running = true;

	UiWatchdog(Display display) {
		this.display = display;
		this.uiThread = display.getThread();
		display.syncExec(() -> {
			taskStart = System.nanoTime();
			for (int type : TASK_BOUNDARIES) {
				display.addListener(type, taskBoundaries);
			}
		});
		this.pinger = new Thread(this::watch, "ui-watchdog");
		pinger.setDaemon(true);
		pinger.start();
	}

	/** On the UI thread: one task ends where the next begins, unless the thread slept in between. */
	private void taskBoundary(Event event) {
		boolean nested = switch (event.type) {
			case SWT.PreEvent -> eventDepth++ > 0;
			case SWT.PostEvent -> (eventDepth = Math.max(0, eventDepth - 1)) > 0; // started inside an event: none open
			default -> false;
		};
		if (nested) {
			return;
		}
		long now = System.nanoTime();
		if (!asleep) {
			longestTask.accumulateAndGet(now - taskStart, Math::max);
			tasks.incrementAndGet();
		}
		asleep = event.type == SWT.Sleep;
		taskStart = now;
	}

	private void watch() {
		boolean inBlock = false;
		while (running) {
			long since = pendingSince.get();
			long now = System.nanoTime();
			if (since == 0) {
				inBlock = false;
				pendingSince.set(now);
				display.asyncExec(() -> {
					long waited = System.nanoTime() - pendingSince.getAndSet(0);
					longest.accumulateAndGet(waited, Math::max);
				});
			} else if (now - since > TimeUnit.MILLISECONDS.toNanos(BLOCK_MILLIS)) {
				if (!inBlock) {
					blocks.incrementAndGet();
					inBlock = true;
				}
				sample();
			}
			if (!asleep && now - taskStart > TimeUnit.MILLISECONDS.toNanos(BLOCK_MILLIS)) {
				count(longTasksIn, place(uiThread.getStackTrace()));
			}
			Workbench.pause(PING_MILLIS);
		}
	}

	/** Counts where the UI thread is while a ping waits. */
	private void sample() {
		StackTraceElement[] stack = uiThread.getStackTrace();
		count(blockedIn, place(stack));
		samples.incrementAndGet();
		if (Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("org.northstar.")
				&& !frame.getClassName().startsWith(UiWatchdog.class.getPackageName() + "."))) {
			samplesInOurCode.incrementAndGet();
		}
		if (Arrays.stream(stack).anyMatch(frame -> frame.getMethodName().equals("doMouseLinkCursor"))) {
			samplesInPointerQueries.incrementAndGet();
		}
	}

	/**
	 * Where the UI thread is: its innermost frame, up to three callers outside SWT's native
	 * calls, the first frame outside SWT that asked for the work (when the callers are all SWT's),
	 * and the two innermost frames of our code that led there.
	 */
	private static String place(StackTraceElement[] stack) {
		if (stack.length == 0) {
			return "?";
		}
		String where = stack[0].toString();
		int callers = 0;
		int ours = 0;
		boolean toolkitCaller = !stack[0].getClassName().startsWith("org.eclipse.swt.");
		for (int i = 1; i < stack.length && ours < 2; i++) {
			String type = stack[i].getClassName();
			boolean inToolkit = type.startsWith("org.eclipse.swt.");
			if (type.startsWith("org.northstar.")) {
				where += " <- " + stack[i];
				ours++;
			} else if (callers < 3 && ours == 0 && !type.startsWith("org.eclipse.swt.internal.") && !type.startsWith("java.")
					&& !type.startsWith("jdk.")) {
				where += " <- " + stack[i];
				callers++;
				toolkitCaller |= !inToolkit;
			} else if (!toolkitCaller && !inToolkit && !type.startsWith("java.") && !type.startsWith("jdk.")) {
				// who asked the toolkit for the work: a listener, a painter, a reconciler
				where += " <- ... <- " + stack[i];
				toolkitCaller = true;
			}
		}
		return where;
	}

	private static void count(Map<String, Integer> places, String where) {
		synchronized (places) {
			places.merge(where, 1, Integer::sum);
		}
	}

	/**
	 * Of the stack samples taken while the UI thread was blocked, how many were in StyledText asking the
	 * X server where the pointer is: what every redraw and style change of a text costs, so what
	 * redrawing per keystroke costs.
	 */
	long samplesInPointerQueries() {
		return samplesInPointerQueries.get();
	}

	/** Of the stack samples taken while the UI thread was blocked, how many had the studio's code on the stack (the tests' own code aside). */
	long samplesInOurCode() {
		return samplesInOurCode.get();
	}

	/** How many stack samples were taken while the UI thread was blocked. */
	long samples() {
		return samples.get();
	}

	/** The longest wait of a ping so far, in milliseconds. */
	long longestMillis() {
		return TimeUnit.NANOSECONDS.toMillis(longest.get());
	}

	/** The longest single task of the UI thread so far (see the class comment), in milliseconds. */
	long longestTaskMillis() {
		return TimeUnit.NANOSECONDS.toMillis(longestTask.get());
	}

	/** How many tasks the UI thread ran, to show the boundaries were seen at all. */
	long tasks() {
		return tasks.get();
	}

	/** How many times a ping waited longer than {@link #BLOCK_MILLIS}. */
	long blocks() {
		return blocks.get();
	}

	/** Where the UI thread was while blocked: the most sampled places first, with their sample counts. */
	String blockedIn(int places) {
		return mostSampled(blockedIn, places);
	}

	/** Where the UI thread was during its tasks over {@link #BLOCK_MILLIS}: the most sampled places first. */
	String longTasksIn(int places) {
		return mostSampled(longTasksIn, places);
	}

	private static String mostSampled(Map<String, Integer> sampled, int places) {
		synchronized (sampled) {
			return sampled.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(places)
					.map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining("\n"));
		}
	}

	@Override
	public void close() {
		running = false;
		if (!display.isDisposed()) {
			display.syncExec(() -> {
				for (int type : TASK_BOUNDARIES) {
					display.removeListener(type, taskBoundaries);
				}
			});
		}
		try {
			pinger.join(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
