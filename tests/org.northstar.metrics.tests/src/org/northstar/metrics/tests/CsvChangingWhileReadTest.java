package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.data.CsvData;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataProblem;

/**
 * A data file rewritten in place while it is read (issue 14, data faults): every read gives the
 * whole old figures, the whole new ones, or a clear message (the file kept changing, or was empty
 * at that moment); never a mix of rows, a half row or a complaint about a row that was never wrong.
 */
class CsvChangingWhileReadTest {

	private static final int WEEKS = 2_000;
	private static final Set<String> METRICS = Set.of("A", "B");

	@TempDir
	Path dir;

	@Test
	void aFileRewrittenDuringTheReadGivesTheOldOrTheNewFiguresOrSaysItChanged() throws Exception {
		// two contents of different sizes, both valid: the old has A only, the new A and B
		String old = csv(false);
		String fresh = csv(true);
		Path file = Files.writeString(dir.resolve("data.csv"), old);
		AtomicBoolean writing = new AtomicBoolean(true);
		Thread writer = new Thread(() -> {
			for (int i = 0; writing.get(); i++) {
				try {
					// in place, as an export job or a spreadsheet would: truncate, then write
					Files.writeString(file, i % 2 == 0 ? fresh : old, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
							StandardOpenOption.WRITE);
					// bursts of rewrites a few milliseconds apart, then a pause in which the file settles
					Thread.sleep(i % 10 == 9 ? 200 : 5);
				} catch (IOException e) {
					throw new IllegalStateException(e);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		writer.start();
		int whole = 0;
		int changed = 0;
		try {
			for (int read = 0; read < 100; read++) {
				try {
					Measurements data = CsvData.read(file, "data.csv", METRICS, "P");
					int a = data.of("A").size();
					int b = data.of("B").size();
					assertTrue(a == WEEKS && (b == 0 || b == WEEKS), "a mix: " + a + " values of A, " + b + " of B");
					whole++;
				} catch (DataException e) {
					assertEquals(1, e.problems().size(), e::getMessage);
					DataProblem problem = e.problems().get(0);
					// caught between the truncation and the write, the file was empty at that moment, and says so
					assertTrue(problem.message().startsWith("changed while it was being read")
							|| problem.message().startsWith("the file is empty"), e::getMessage);
					changed++;
				}
			}
		} finally {
			writing.set(false);
			writer.join();
		}
		assertTrue(whole > 0, "no read got whole figures (" + changed + " said the file changed)");
	}

	@Test
	void aFileThatHoldsStillIsReadAsItIs() throws Exception {
		Path file = Files.writeString(dir.resolve("still.csv"), csv(true));
		Measurements data = CsvData.read(file, "still.csv", METRICS, "P");
		assertEquals(WEEKS, data.of("A").size());
		assertEquals(WEEKS, data.of("B").size());
	}

	/** Daily values from 2020-01-01: A always, B only in the new content. */
	private static String csv(boolean withB) {
		Map<Integer, String> rows = IntStream.range(0, WEEKS).boxed().collect(Collectors.toMap(i -> i,
				i -> java.time.LocalDate.of(2020, 1, 1).plusDays(i) + "," + i + (withB ? "," + (2 * i) : ",")));
		return "period,A,B\n" + rows.values().stream().collect(Collectors.joining("\n")) + "\n";
	}
}
