package org.northstar.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What {@code ./northstar bench} was asked for. A full run takes half an hour and rewrites RESULTS.md,
 * so a word it does not know (a misspelt {@code --quik}, a {@code --help}) must stop it, not be ignored.
 */
@Command(name = "northstar bench", sortOptions = false, usageHelpAutoWidth = true,
		description = { "Runs the benchmarks and writes the table of figures to benchmarks/RESULTS.md "
				+ "(a part run alone with --only prints its table and writes it only with --out)." })
final class BenchOptions {

	static final List<String> PARTS = List.of("status", "dashboard", "startup", "scale");

	@Option(names = "--quick", description = "fewer runs and no 100k-metric workspace: under 10 minutes")
	boolean quick;

	@Option(names = "--only", paramLabel = "PART", description = "only one part: status, dashboard, startup or scale")
	private String only;

	@Option(names = "--source", paramLabel = "KEY", description = "with --only status: this data source only (repeatable; all when none is named)")
	private List<String> sources = new ArrayList<>();

	@Option(names = "--out", paramLabel = "FILE", description = "write the table to FILE instead of benchmarks/RESULTS.md")
	Path out;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and run nothing")
	private boolean help;

	/** The part named by {@code --only}, or null for all of them. */
	String only() {
		return only;
	}

	boolean only(String part) {
		return part.equals(only);
	}

	/** The data sources {@code --source} names, all of them when none is named. */
	List<QuantifiedWorkspace.DataSource> sources() {
		return QuantifiedWorkspace.sources().stream().filter(s -> sources.isEmpty() || sources.contains(s.key())).toList();
	}

	/** Set when nothing is to run: 0 after the help, 2 after wrong options. */
	private OptionalInt exit = OptionalInt.empty();

	/** The exit status to end with at once, without running any benchmark. */
	OptionalInt exitWithoutRunning() {
		return exit;
	}

	/**
	 * The options in {@code args}. The help goes to {@code out}; wrong options are said on {@code err},
	 * with the usage.
	 */
	static BenchOptions parse(String[] args, PrintWriter out, PrintWriter err) {
		BenchOptions options = new BenchOptions();
		CommandLine line = new CommandLine(options);
		try {
			line.parseArgs(args);
			if (line.isUsageHelpRequested()) {
				line.usage(out);
				out.flush();
				options.exit = OptionalInt.of(0);
				return options;
			}
			if (options.only != null && !PARTS.contains(options.only)) {
				throw new ParameterException(line, "--only takes " + String.join(", ", PARTS) + ", not '" + options.only + "'");
			}
			if (!options.sources.isEmpty() && !options.only("status")) {
				throw new ParameterException(line, "--source goes with --only status");
			}
			List<String> keys = QuantifiedWorkspace.sources().stream().map(QuantifiedWorkspace.DataSource::key).toList();
			for (String key : options.sources) {
				if (!keys.contains(key)) {
					throw new ParameterException(line, "--source takes " + String.join(", ", keys) + ", not '" + key + "'");
				}
			}
			return options;
		} catch (ParameterException wrong) {
			err.println("bench: " + wrong.getMessage());
			line.usage(err);
			err.flush();
			options.exit = OptionalInt.of(2);
			return options;
		}
	}
}
