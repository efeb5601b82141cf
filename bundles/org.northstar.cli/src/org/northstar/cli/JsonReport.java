package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;

import org.northstar.core.rules.Severity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code {"issues":[...], "summary":{"files","errors","warnings","infos"}}}. */
final class JsonReport implements Report {

	static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Override
	public void print(List<Finding> findings, int fileCount, PrintWriter out) {
		ObjectNode root = MAPPER.createObjectNode();
		ArrayNode issues = root.putArray("issues");
		for (Finding f : findings) {
			ObjectNode issue = issues.addObject();
			issue.put("file", f.file());
			issue.put("line", f.line());
			issue.put("column", f.column());
			issue.put("severity", f.severity().word());
			issue.put("rule", f.rule());
			issue.put("message", f.message());
			issue.put("element", f.element());
		}
		ObjectNode summary = root.putObject("summary");
		summary.put("files", fileCount);
		summary.put("errors", count(findings, Severity.ERROR));
		summary.put("warnings", count(findings, Severity.WARNING));
		summary.put("infos", count(findings, Severity.INFO));
		out.println(root.toPrettyString());
	}

	static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}
}
