package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints the findings of one validation run in one format. */
interface Report {

	void print(List<Finding> findings, int fileCount, PrintWriter out);

	static Report forFormat(String format, RuleDescriptions rules) throws UsageException {
		return switch (format) {
			case "text" -> new TextReport();
			case "json" -> new JsonReport();
			case "sarif" -> new SarifReport(rules);
			default -> throw new UsageException("--format takes text, json or sarif, not '" + format + "'.");
		};
	}
}
