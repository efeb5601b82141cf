package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.io.AtomicFiles;

/**
 * {@code kill -9} while a large file is written: a child JVM writes the file through
 * {@link AtomicFiles} and is killed at a random moment of the write, {@value #TRIALS} times (more, up to three
 * times as many, until a tenth of them have landed in the middle of the write). After
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
		KilledWriter writer = KilledWriter.of(dir, KillTestWriter.class, AtomicFiles.class, AtomicFiles.Content.class);
		Path file = dir.resolve("large.northstar");
		run(writer, file, 'a', OLD_SIZE, -1);
		KillMoments moments = new KillMoments(run(writer, file, 'b', NEW_SIZE, -1), 4711);
		int killedMidWrite = 0;
		char current = 'b';
		// under load a write's time swings and kills land after it more often: more trials until enough land in it
		int trial = 0;
		for (; trial < TRIALS || killedMidWrite < TRIALS / 10 && trial < 3 * TRIALS; trial++) {
			char next = current == 'a' ? 'b' : 'a';
			run(writer, file, next, size(next), moments.next());
			char found = wholeContentOf(file, trial);
			current = found;
			if (!KilledWriter.temporaries(dir).isEmpty()) {
				killedMidWrite++;
				moments.landedInTheWrite();
			} else if (found == next) {
				moments.cameAfterTheWrite();
			}
		}
		run(writer, file, current == 'a' ? 'b' : 'a', size(current == 'a' ? 'b' : 'a'), -1);
		assertEquals(List.of(), KilledWriter.temporaries(dir), "a complete write leaves no temporary file behind");
		System.out.printf("kill -9 trials: %d, killed in the middle of the write: %d, always the old or the new content%n",
				trial, killedMidWrite);
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

	private long run(KilledWriter writer, Path file, char fill, long size, long killAfterNanos) throws Exception {
		return writer.run(killAfterNanos, file.toString(), String.valueOf(fill), String.valueOf(size));
	}
}
