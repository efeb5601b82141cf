package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** benchmarks/RESULTS.md: every figure with its ratios to the baselines of the same size, the machine and the command. */
final class ResultsTable {

	static final String XMI = "baseline: EMF XMI load";
	static final String JSON = "baseline: Jackson JSON parse";

	private ResultsTable() {
	}

	static String render(List<Measurement> results, String command, String load) {
		return render(results, command, load, "");
	}

	/** The table, then {@code notes} (markdown) below it. */
	static String render(List<Measurement> results, String command, String load, String notes) {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark results\n\n");
		md.append("Machine: ").append(Machine.describe()).append("  \n");
		md.append("Load average (1, 5, 15 min): ").append(load).append("  \n");
		md.append("Date: ").append(LocalDate.now()).append("  \n");
		md.append("Command: `").append(command).append("`\n\n");
		md.append("Times are the median of the measured runs after warm-up (best in brackets). Ratios compare a\n");
		md.append("figure with the baseline of the same workspace (how many times the baseline's time). Heap is\n");
		md.append("what the result keeps alive after a full collection (0 where nothing is kept).\n\n");
		md.append("| figure | size | median ms (best) | × XMI load | × JSON parse | heap MB |\n");
		md.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
		for (Measurement m : results) {
			md.append(String.format(Locale.ROOT, "| %s | %s | %.1f (%.1f) | %s | %s | %s |%n", m.name(), m.size(), m.medianMillis(),
					m.bestMillis(), ratio(m, baseline(results, XMI, m.size())), ratio(m, baseline(results, JSON, m.size())),
					m.heapBytes() == 0 ? "" : String.format(Locale.ROOT, "%.1f", m.heapBytes() / 1048576.0)));
		}
		if (!notes.isBlank()) {
			md.append('\n').append(notes.strip()).append('\n');
		}
		return md.toString();
	}

	/** Everything from this line on in the old file is kept below the new table: figures measured by hand, with their history. */
	static final String KEPT = "<!-- kept by ./northstar bench: hand-measured figures below -->";

	static void write(Path file, String markdown) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (Files.exists(file)) {
			String old = Files.readString(file, StandardCharsets.UTF_8);
			int kept = old.indexOf(KEPT);
			if (kept >= 0) {
				markdown = markdown + "\n" + old.substring(kept);
			}
		}
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "RESULTS", ".tmp");
		Files.writeString(temp, markdown, StandardCharsets.UTF_8);
		Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static Optional<Measurement> baseline(List<Measurement> results, String name, String size) {
		return results.stream().filter(m -> m.name().equals(name) && m.size().equals(size)).findFirst();
	}

	private static String ratio(Measurement m, Optional<Measurement> baseline) {
		if (baseline.isEmpty() || !m.name().startsWith("load") || baseline.get().medianMillis() <= 0) {
			return "";
		}
		return String.format(Locale.ROOT, "%.1f", m.medianMillis() / baseline.get().medianMillis());
	}
}
