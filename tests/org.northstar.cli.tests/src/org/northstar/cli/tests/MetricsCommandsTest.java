package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.northstar.core.rules.RuleIds;

/** {@code northstar evaluate} and {@code northstar status}: values, what-if, sensitivity, the dashboard in three formats. */
class MetricsCommandsTest {

	/** A North Star that is the product of four inputs, no data: what-if values only. */
	private static final String FOUR_INPUTS = """
			team Growth
			product Shop {
			    northstar Orders { formula Visitors * Conversion * Basket / Returns }
			    input Visitors   { owner Growth relation multiplicative }
			    input Conversion { owner Growth relation multiplicative }
			    input Basket     { owner Growth relation multiplicative }
			    input Returns    { owner Growth relation multiplicative }
			}
			""";

	/** Four weeks of data; targets due 2026-03-15 (see the metrics tests' StatusTest for the hand figures). */
	private static final String TRACKED = """
			team Growth
			team Billing
			product P {
			    data csv "data/p.csv"
			    northstar N { formula A * B  target 200 by 2026-03-15 }
			    input A { owner Growth relation multiplicative target 15 by 2026-03-15 }
			    input B { owner Billing relation multiplicative direction lower target 5 by 2026-03-15 }
			    guardrail G { direction lower threshold 5 }
			    kpi K { follows N }
			}
			""";

	private static final String DATA = """
			period,N,A,B,G
			2026-W01,100,10,10,4
			2026-W02,110,11,10,4.5
			2026-W03,120,12,10,5.5
			2026-W04,125,13,9.6,
			""";

	@TempDir
	Path dir;

	@Test
	void evaluateGivesTheHandComputedValueAndRanksTheSensitivity() throws IOException {
		Path model = write("shop.northstar", FOUR_INPUTS);
		Cli cli = Cli.run("evaluate", "--set", "Visitors=12000", "--set", "Conversion=0.025", "--set", "Basket=3",
				"--set", "Returns=1.5", "--format", "json", model.toString());
		assertEquals(0, cli.code(), cli::toString);
		JsonNode product = new ObjectMapper().readTree(cli.out()).get("products").get(0);
		assertEquals("Shop", product.get("product").asText());
		JsonNode orders = product.get("metrics").get(0);
		assertEquals("Orders", orders.get("name").asText());
		assertEquals("northstar", orders.get("kind").asText());
		// 12000 * 0.025 * 3 / 1.5 = 600
		assertEquals(600, orders.get("value").asDouble(), 1e-9);
		assertFalse(orders.has("series"), "evaluate prints no series");
		JsonNode sensitivity = product.get("sensitivity");
		assertEquals(List.of("Visitors", "Conversion", "Basket", "Returns"), names(sensitivity, "metric"));
		assertEquals(60, sensitivity.get(0).get("effect").asDouble(), 1e-9);
		// 600 / 1.1 - 600
		assertEquals(-54.54545455, sensitivity.get(3).get("effect").asDouble(), 1e-6);
		assertEquals("Growth", product.get("metrics").get(1).get("owners").get(0).asText());
	}

	@Test
	void evaluateAsTextNamesWhyAValueIsMissing() throws IOException {
		Path model = write("shop.northstar", FOUR_INPUTS);
		Cli cli = Cli.run("evaluate", "--set", "Visitors=12000", "--set", "Conversion=0.025", "--set", "Basket=3",
				"--set", "Returns=0", model.toString());
		assertEquals(0, cli.code(), cli::toString);
		assertTrue(cli.out().contains("division by zero (Returns is 0)"), cli::toString);
		assertFalse(cli.out().contains("Infinity"), cli::toString);
	}

	@Test
	void evaluateRefusesAnUnknownMetricOrANonNumber() throws IOException {
		Path model = write("shop.northstar", FOUR_INPUTS);
		Cli unknown = Cli.run("evaluate", "--set", "Visits=1", model.toString());
		assertEquals(2, unknown.code(), unknown::toString);
		assertTrue(unknown.err().contains("--set Visits: no such metric"), unknown::toString);
		Cli notANumber = Cli.run("evaluate", "--set", "Visitors=many", model.toString());
		assertEquals(2, notANumber.code(), notANumber::toString);
		assertTrue(notANumber.err().contains("--set Visitors=many: not a number"), notANumber::toString);
	}

	@Test
	void statusAsTextIsATablePerProductWithSparklinesMoversAndSensitivity() throws IOException {
		Path model = tracked();
		Cli cli = Cli.run("status", model.toString());
		assertEquals(0, cli.code(), cli::toString);
		List<String> lines = cli.out().lines().toList();
		assertTrue(lines.get(0).startsWith("P  (") && lines.get(0).endsWith("as of 2026-W04)"), cli::toString);
		assertTrue(lines.get(1).trim().startsWith("METRIC"), cli::toString);
		String n = row(lines, "  N ");
		assertTrue(n.contains("▁▄▇█"), n);
		assertTrue(n.contains("125") && n.contains("+4.2 %") && n.contains("200 by 2026-03-15") && n.contains("62.5 %")
				&& n.contains("at-risk"), n);
		assertTrue(row(lines, "  A ").contains("on-track") && row(lines, "  A ").contains("Growth"), cli::toString);
		assertTrue(row(lines, "  B ").contains("off-track"), cli::toString);
		assertTrue(row(lines, "  G ").contains("breached") && row(lines, "  G ").contains("threshold 5"), cli::toString);
		assertTrue(row(lines, "  K ").contains("no-data"), cli::toString);
		assertTrue(cli.out().contains("Movers of N since the period before (+4.8 by its formula):"), cli::toString);
		assertTrue(row(lines, "    A ").contains("+9.8") && row(lines, "    A ").contains("win"), cli::toString);
		assertTrue(cli.out().contains("Sensitivity of N to +10 % of each metric of its formula:"), cli::toString);
		assertFalse(cli.out().contains("\u001b["), "no colours when the output is not a terminal");
	}

	@Test
	void statusAsJsonHasTheDocumentedShape() throws IOException {
		Cli cli = Cli.run("status", "--format", "json", tracked().toString());
		assertEquals(0, cli.code(), cli::toString);
		JsonNode product = new ObjectMapper().readTree(cli.out()).get("products").get(0);
		assertEquals("2026-W04", product.get("period").asText());
		assertEquals(List.of("N", "A", "B", "G", "K"), names(product.get("metrics"), "name"));
		JsonNode n = product.get("metrics").get(0);
		for (String field : List.of("name", "kind", "owners", "value", "previous", "change", "changePercent", "target",
				"targetDate", "achieved", "status", "r", "series")) {
			assertTrue(n.has(field), field);
		}
		assertEquals(125, n.get("value").asDouble());
		assertEquals(4.166666667, n.get("changePercent").asDouble(), 1e-9);
		assertEquals(62.5, n.get("achieved").asDouble());
		assertEquals("2026-03-15", n.get("targetDate").asText());
		assertEquals("at-risk", n.get("status").asText());
		assertEquals(4, n.get("series").size());
		assertEquals("2026-W01", n.get("series").get(0).get("period").asText());
		assertEquals(0.9897782666, product.get("metrics").get(1).get("r").asDouble(), 1e-9);
		assertEquals("breached", product.get("metrics").get(3).get("status").asText());
		assertEquals(List.of("A", "B"), names(product.get("movers"), "metric"));
		assertEquals(9.8, product.get("movers").get(0).get("contribution").asDouble(), 1e-9);
		assertEquals(12.48, product.get("sensitivity").get(0).get("effect").asDouble(), 1e-9);
	}

	@Test
	void statusAsOfAnEarlierPeriodAndAsCsv() throws IOException {
		Cli cli = Cli.run("status", "--period", "2026-W02", "--format", "csv", tracked().toString());
		assertEquals(0, cli.code(), cli::toString);
		List<String> lines = cli.out().lines().toList();
		assertEquals("product,period,metric,kind,owners,value,previous,change,changePercent,target,targetDate,achieved,status,r,n",
				lines.get(0));
		assertEquals("P,2026-W02,N,northstar,,110,100,10,10,200,2026-03-15,55,on-track,,", lines.get(1));
		assertEquals(6, lines.size(), cli::toString);
	}

	@Test
	void badDataIsNamedByFileAndLineAndTheProductIsLeftOut() throws IOException {
		Path model = tracked();
		Files.writeString(dir.resolve("data/p.csv"), "period,N,A\n2026-W01,100,ten\n");
		Cli cli = Cli.run("status", model.toString());
		assertEquals(2, cli.code(), cli::toString);
		assertTrue(cli.err().contains(dir.resolve("data/p.csv") + ":2: 'ten' is not a number (A)"), cli::toString);
		assertTrue(cli.err().contains("no data of product P was loaded"), cli::toString);
		assertFalse(cli.out().contains("METRIC"), cli::toString);
	}

	@Test
	void aBadPeriodIsAUsageErrorAndAModelWithErrorsIsNotComputed() throws IOException {
		Cli period = Cli.run("status", "--period", "2026-W60", tracked().toString());
		assertEquals(2, period.code(), period::toString);
		assertTrue(period.err().contains("--period 2026-W60 is not a period"), period::toString);
		Path broken = write("broken.northstar", "product Broken { northstar X { formula Y } }\n");
		Cli errors = Cli.run("status", broken.toString());
		assertEquals(1, errors.code(), errors::toString);
		assertTrue(errors.err().contains("has errors; fix them first"), errors::toString);
	}

	@Test
	void validateWithDataAddsTheDataRulesAndOnlyThen() throws IOException {
		Path model = tracked();
		Cli plain = Cli.run("validate", model.toString());
		assertFalse(plain.out().contains(RuleIds.GUARDRAIL_BREACHED), plain::toString);
		Cli withData = Cli.run("validate", "--data", model.toString());
		assertTrue(withData.out().contains(model + ":8:15: warning [guardrail-breached] Guardrail 'G' is 5.5 in 2026-W03,"
				+ " past its threshold 5;"), withData::toString);
		// B is multiplied in although lower is better: the static rule needs no data
		assertTrue(plain.out().contains("warning [formula-direction] Improving 'B' (lower is better) makes 'N' worse"), plain::toString);
	}

	@Test
	void validateWithDataThatCannotBeLoadedIsTrouble() throws IOException {
		Path model = tracked();
		Files.writeString(dir.resolve("data/p.csv"), "period,N,Nope\n2026-W01,1,2\n");
		Cli cli = Cli.run("validate", "--data", model.toString());
		assertEquals(2, cli.code(), cli::toString);
		assertTrue(cli.err().contains("p.csv:1: 'Nope' is not a metric of product P"), cli::toString);
	}

	private Path tracked() throws IOException {
		Files.createDirectories(dir.resolve("data"));
		Files.writeString(dir.resolve("data/p.csv"), DATA);
		return write("p.northstar", TRACKED);
	}

	/** The first line that starts with {@code start}: table rows are indented by two spaces, movers by four. */
	private static String row(List<String> lines, String start) {
		return lines.stream().filter(line -> line.startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no row '" + start + "' in\n" + String.join("\n", lines)));
	}

	private static List<String> names(JsonNode array, String field) {
		List<String> names = new ArrayList<>();
		array.forEach(node -> names.add(node.get(field).asText()));
		return names;
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
