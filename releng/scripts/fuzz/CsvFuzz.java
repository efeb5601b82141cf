import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.northstar.metrics.Measurements;
import org.northstar.metrics.data.CsvData;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataProblem;

/**
 * The CSV reader's fuzz target of {@code ./northstar fuzz}: one input is one data file (seeded with
 * the example and rule-example files of both layouts), read for a product whose metrics are the
 * names those files use. It either loads, every value finite, or fails with a {@link DataException}
 * whose every problem names the file, a line (0 for the whole file) and what to do. Anything else
 * thrown, a message that is blank or shows a Java exception, or an input under 100 KB taking more
 * than a second is a finding.
 */
public final class CsvFuzz {

	private static final long SLOW_NANOS = FuzzLimits.slowNanos();
	private static final String SHOWN_AS = "fuzz.csv";
	/** The names the seeds use, and short ones the mutations find easily. */
	private static final Set<String> METRICS = Set.of("PaidOnTime", "Senders", "InvoicesPerSender", "OnTimeShare",
			"RemindersPerInvoice", "DisputeRate", "PaidSeats", "DailyActiveUsers", "NewListeners", "EpisodesPerListener",
			"ReturningListeners", "FollowedShows", "Subscriptions", "A", "B", "N");

	private static Path file;
	private static boolean warm;

	private CsvFuzz() {
	}

	public static void fuzzerInitialize() throws IOException {
		file = Files.createTempFile("northstar-fuzz", ".csv");
		file.toFile().deleteOnExit();
		fuzzerTestOneInput("metric,period,value\nA,2026-W01,1\n".getBytes());
		warm = true;
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		Files.write(file, data);
		long start = System.nanoTime();
		try {
			Measurements measurements = CsvData.read(file, SHOWN_AS, METRICS, "Fuzz");
			for (String name : measurements.names()) {
				for (double value : measurements.of(name).asMap().values()) {
					if (!Double.isFinite(value)) {
						throw new IllegalStateException(name + " read as " + value);
					}
				}
			}
		} catch (DataException e) {
			if (e.problems().isEmpty()) {
				throw new IllegalStateException("a DataException without problems", e);
			}
			int lines = lines(data);
			for (DataProblem problem : e.problems()) {
				unclear(problem, lines);
			}
		}
		long nanos = System.nanoTime() - start;
		if (warm && data.length < 100 * 1024 && nanos > SLOW_NANOS) {
			throw new IllegalStateException("took " + nanos / 1_000_000 + " ms for " + data.length + " bytes");
		}
	}

	/** A problem must name the file and a line that exists, and say something a person can act on. */
	private static void unclear(DataProblem problem, int lines) {
		String message = problem.message();
		if (!SHOWN_AS.equals(problem.where()) || problem.line() < 0 || problem.line() > lines || message == null
				|| !message.endsWith(".") || message.contains("Exception") || message.contains("java.")) {
			throw new IllegalStateException("an unclear problem: " + problem);
		}
	}

	/** Lines as an editor counts them: CRLF, LF and a lone CR each end one (a last line without a break counts). */
	private static int lines(byte[] data) {
		int lines = 1;
		for (int i = 0; i < data.length; i++) {
			if (data[i] == '\n' || data[i] == '\r' && (i + 1 == data.length || data[i + 1] != '\n')) {
				lines++;
			}
		}
		return lines;
	}
}
