package org.northstar.metrics.data;

/** What is wrong with a data source, where (file and line from 1; 0 when no line is to blame), and what to do. */
public record DataProblem(String where, int line, String message) {

	@Override
	public String toString() {
		return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
	}
}
