package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.northstar.core.io.AtomicFiles;

/**
 * A program that writes a file, run in a child JVM (the tests run inside OSGi, the child on a plain
 * class path of the classes it needs) and killed with {@code kill -9} at a chosen moment of its
 * write. The program prints "writing" when it starts to write.
 */
final class KilledWriter {

	private final Path classes;
	private final Class<?> program;

	private KilledWriter(Path classes, Class<?> program) {
		this.classes = classes;
		this.program = program;
	}

	/** The program and the classes it uses (their nested and anonymous classes come along), copied into {@code dir}. */
	static KilledWriter of(Path dir, Class<?> program, Class<?>... uses) throws IOException {
		Path classes = Files.createDirectories(dir.resolve("classes"));
		List<Class<?>> types = new ArrayList<>(List.of(uses));
		types.add(program);
		for (Class<?> type : types) {
			copyWithInnerClasses(type, classes);
		}
		return new KilledWriter(classes, program);
	}

	/**
	 * Runs the program; kills it that long after it says it is writing (never when negative).
	 * Returns the time from "writing" to "done" (the program prints it when the file is written), or to its end.
	 */
	long run(long killAfterNanos, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx64m", "-cp", classes.toString(), program.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		if (!"writing".equals(line)) {
			process.destroyForcibly();
			fail("the writer did not start: " + line + " " + out.lines().limit(20).toList());
		}
		long writing = System.nanoTime();
		long written = 0;
		if (killAfterNanos >= 0) {
			LockSupport.parkNanos(killAfterNanos);
			process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
		} else if ("done".equals(out.readLine())) {
			written = System.nanoTime(); // the write itself, without the JVM's exit: where kills must land
		}
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("the writer hung");
		}
		if (killAfterNanos < 0) {
			assertEquals(0, process.exitValue(), () -> "the writer failed: " + out.lines().limit(20).toList());
		}
		return (written == 0 ? System.nanoTime() : written) - writing;
	}

	/** The temporary files {@link AtomicFiles} left in {@code dir}. */
	static List<Path> temporaries(Path dir) throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMPORARY_SUFFIX)).toList();
		}
	}

	private static void copyWithInnerClasses(Class<?> type, Path classes) throws IOException {
		copy(type, type.getName(), classes);
		for (Class<?> nested : type.getDeclaredClasses()) {
			copyWithInnerClasses(nested, classes);
		}
		for (int n = 1; copy(type, type.getName() + "$" + n, classes); n++) {
			// anonymous classes: Name$1, Name$2, ...
		}
	}

	private static boolean copy(Class<?> loadedBy, String className, Path classes) throws IOException {
		String resource = className.replace('.', '/') + ".class";
		try (InputStream in = loadedBy.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return false;
			}
			Path target = classes.resolve(resource);
			Files.createDirectories(target.getParent());
			Files.write(target, in.readAllBytes());
			return true;
		}
	}
}
