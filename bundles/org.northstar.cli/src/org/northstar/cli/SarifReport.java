package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** SARIF 2.1.0, for code-scanning tools: the catalog as the driver's rules, each finding as a result. */
final class SarifReport implements Report {

	private final RuleDescriptions rules;

	SarifReport(RuleDescriptions rules) {
		this.rules = rules;
	}

	@Override
	public void print(List<Finding> findings, int fileCount, PrintWriter out) {
		ObjectNode log = JsonReport.MAPPER.createObjectNode();
		log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		log.put("version", "2.1.0");
		ObjectNode run = log.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "northstar");
		driver.put("version", Version.current());
		driver.put("informationUri", "https://northstar.org/studio");
		ArrayNode driverRules = driver.putArray("rules");
		for (RuleDescriptions.Description rule : rules.all()) {
			ObjectNode r = driverRules.addObject();
			r.put("id", rule.id());
			r.putObject("shortDescription").put("text", rule.title());
			r.putObject("fullDescription").put("text", rule.why());
			r.putObject("defaultConfiguration").put("level", level(rule.severity()));
		}
		ArrayNode results = run.putArray("results");
		for (Finding f : findings) {
			ObjectNode result = results.addObject();
			result.put("ruleId", f.rule());
			result.put("level", level(f.severity().word()));
			result.putObject("message").put("text", f.message());
			ObjectNode location = result.putArray("locations").addObject();
			ObjectNode physical = location.putObject("physicalLocation");
			physical.putObject("artifactLocation").put("uri", f.file());
			ObjectNode region = physical.putObject("region");
			region.put("startLine", f.line());
			region.put("startColumn", f.column());
			if (f.element() != null) {
				location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.element());
			}
		}
		out.println(log.toPrettyString());
	}

	/** SARIF calls an info a note; a rule that is off is "none". */
	private static String level(String severity) {
		return switch (severity) {
			case "error" -> "error";
			case "warning" -> "warning";
			case "info" -> "note";
			default -> "none";
		};
	}
}
