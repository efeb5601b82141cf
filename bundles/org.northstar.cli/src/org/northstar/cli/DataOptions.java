package org.northstar.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.northstar.core.check.SourceLines;
import org.northstar.metrics.data.DataSettings;

import picocli.CommandLine.Option;

/** How data is loaded, for every command that loads it ({@code evaluate}, {@code status}, {@code validate --data}); a picocli mixin. */
final class DataOptions {

	@Option(names = "--allow-outside-data", description = "Let 'data csv' and 'data duckdb' read files outside the project folder"
			+ " (the nearest folder with .project or .git above the model, else the model's folder).")
	private boolean allowOutside;

	@Option(names = "--query-timeout", paramLabel = "SECONDS", description = "Stop a data query that runs longer (default: 30).")
	private Integer queryTimeout;

	@Option(names = "--connections", paramLabel = "FILE", description = "The connections file that 'data jdbc \"NAME\"' looks NAME up in"
			+ " (default: $NORTHSTAR_CONNECTIONS, else ~/.northstar/connections.properties).")
	private Path connections;

	DataSettings settings() throws UsageException {
		DataSettings settings = DataSettings.defaults().allowingOutsideProject(allowOutside).withQueryLines(SourceLines::queryLine);
		if (queryTimeout != null) {
			if (queryTimeout < 1) {
				throw new UsageException("--query-timeout " + queryTimeout + " is not a time; give whole seconds, 1 or more.");
			}
			settings = settings.withQueryTimeout(Duration.ofSeconds(queryTimeout));
		}
		return connections == null ? settings : settings.withConnectionsFile(connections);
	}
}
