package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;

/** {@code path:line:column: severity [rule-id] message}, one line each, as compilers print. */
final class TextReport implements Report {

	@Override
	public void print(List<Finding> findings, int fileCount, PrintWriter out) {
		for (Finding f : findings) {
			out.printf("%s:%d:%d: %s [%s] %s%n", f.file(), f.line(), f.column(), f.severity().word(), f.rule(),
					f.message());
		}
	}
}
