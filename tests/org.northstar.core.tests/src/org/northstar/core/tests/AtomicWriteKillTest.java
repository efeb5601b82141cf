package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.io.AtomicFiles;

/**
 * {@code kill -9} while a large file is written: a child JVM writes the file through
 * {@link AtomicFiles} and is killed at a random moment of the write, {@value #TRIALS} times. After
 * every kill the file holds the complete old content or the complete new one; after the next
 * complete write no temporary file is left.
 */
class AtomicWriteKillTest {

	static final int TRIALS = 200;
	private static final long OLD_SIZE = 3L * 1024 * 1024;
	private static final long NEW_SIZE = 4L * 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void theFileIsAlwaysTheWholeOldOrTheWholeNewContent() throws Exception {
		Path classes = childClassPath();
		Path file = dir.resolve("large.northstar");
		run(classes, file, 'a', OLD_SIZE, -1);
		long writeNanos = timeOfACompleteWrite(classes, file);
		Random random = new Random(4711);
		int killedMidWrite = 0;
		char current = 'b';
		for (int trial = 0; trial < TRIALS; trial++) {
			char next = current == 'a' ? 'b' : 'a';
			run(classes, file, next, size(next), (long) (random.nextDouble() * writeNanos * 1.2));
			char found = wholeContentOf(file, trial);
			current = found;
			if (!temporaries().isEmpty()) {
				killedMidWrite++;
			}
		}
		run(classes, file, current == 'a' ? 'b' : 'a', size(current == 'a' ? 'b' : 'a'), -1);
		assertEquals(List.of(), temporaries(), "a complete write leaves no temporary file behind");
		System.out.printf("kill -9 trials: %d, killed in the middle of the write: %d, always the old or the new content%n",
				TRIALS, killedMidWrite);
		assertTrue(killedMidWrite >= TRIALS / 10,
				"too few kills landed in the middle of a write (" + killedMidWrite + "); the test proves little");
	}

	private static long size(char fill) {
		return fill == 'a' ? OLD_SIZE : NEW_SIZE;
	}

	/** The file's only byte, after checking that it is all that byte and of that content's size. */
	private static char wholeContentOf(Path file, int trial) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		char fill = (char) bytes[0];
		if (fill != 'a' && fill != 'b' || bytes.length != size(fill)) {
			fail("after kill " + trial + " the file is neither the old nor the new content: " + bytes.length + " bytes of '" + fill + "'");
		}
		for (byte b : bytes) {
			if (b != fill) {
				fail("after kill " + trial + " the file mixes the old and the new content");
			}
		}
		return fill;
	}

	/** How long a complete write takes, from the writer's "writing" to its end. */
	private long timeOfACompleteWrite(Path classes, Path file) throws Exception {
		return Math.max(TimeUnit.MILLISECONDS.toNanos(20), run(classes, file, 'b', NEW_SIZE, -1));
	}

	/**
	 * Runs the writer; kills it that long after it says it is writing (never when negative).
	 * Returns the time from "writing" to its end.
	 */
	private static long run(Path classes, Path file, char fill, long size, long killAfterNanos) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx64m", "-cp",
				classes.toString(), KillTestWriter.class.getName(), file.toString(), String.valueOf(fill), String.valueOf(size))
				.redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		if (!"writing".equals(line)) {
			process.destroyForcibly();
			fail("the writer did not start: " + line);
		}
		long writing = System.nanoTime();
		if (killAfterNanos >= 0) {
			LockSupport.parkNanos(killAfterNanos);
			process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
		}
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("the writer hung");
		}
		if (killAfterNanos < 0) {
			assertEquals(0, process.exitValue(), "the writer failed");
		}
		return System.nanoTime() - writing;
	}

	private List<Path> temporaries() throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMPORARY_SUFFIX)).toList();
		}
	}

	/** The writer and the atomic writer as class files (the test runs inside OSGi, the child in a plain JVM). */
	private Path childClassPath() throws IOException {
		Path classes = Files.createDirectories(dir.resolve("classes"));
		for (Class<?> type : List.of(AtomicFiles.class, AtomicFiles.Content.class, KillTestWriter.class)) {
			String resource = type.getName().replace('.', '/') + ".class";
			try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
				Path target = classes.resolve(resource);
				Files.createDirectories(target.getParent());
				Files.write(target, in.readAllBytes());
			}
		}
		return classes;
	}
}
