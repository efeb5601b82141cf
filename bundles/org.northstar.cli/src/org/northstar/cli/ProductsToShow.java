package org.northstar.cli;

import java.util.List;

import org.northstar.metrics.Period;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code evaluate} and {@code status} both take: the period to show and the models (a picocli mixin). */
final class ProductsToShow {

	@Option(names = "--period", paramLabel = "P", description = "As of this period (2026-W48, 2026-11-30, 2026-11, 2026-Q4, 2026); default: the latest of the data.")
	private String period;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	private List<String> paths;

	/** The period written, or null when none was given. */
	Period period() throws UsageException {
		if (period == null) {
			return null;
		}
		return Period.parse(period).orElseThrow(() -> new UsageException(
				"--period " + period + " is not a period; write " + Period.FORMATS + "."));
	}

	List<String> paths() {
		return paths;
	}

	/** The format asked for, when it is one of {@code known}. */
	static String format(String format, List<String> known) throws UsageException {
		if (!known.contains(format)) {
			throw new UsageException("unknown format '" + format + "'; use " + String.join(", ", known) + ".");
		}
		return format;
	}
}
