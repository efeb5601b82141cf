package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The studio's example project, with its year of weekly data, tells the story it is made
 * for: the North Star on track, an input off track, a guardrail breached, one clear
 * biggest mover; and its dashboard prints in full.
 */
class ExampleDashboardTest {

	/** The example as shipped in the studio bundle (the tests run in their module's folder). */
	private static final Path EXAMPLE = Path.of("../../bundles/org.northstar.studio/examples/acme-strategy");

	@Test
	void theExampleDataTellsItsStory() throws IOException {
		assertTrue(Files.isDirectory(EXAMPLE), EXAMPLE.toAbsolutePath()::toString);
		Cli cli = Cli.run("status", "--format", "json", EXAMPLE.toString());
		assertEquals(0, cli.code(), cli::toString);
		JsonNode invoicely = product(new ObjectMapper().readTree(cli.out()), "Invoicely");
		assertEquals("2026-W48", invoicely.get("period").asText());
		Map<String, String> status = new HashMap<>();
		invoicely.get("metrics").forEach(m -> status.put(m.get("name").asText(), m.get("status").asText()));
		assertEquals("on-track", status.get("PaidOnTime"));
		assertEquals("off-track", status.get("OnTimeShare"));
		assertEquals("breached", status.get("DisputeRate"));
		JsonNode movers = invoicely.get("movers");
		assertEquals("Senders", movers.get(0).get("metric").asText());
		for (int i = 1; i < movers.size(); i++) {
			assertTrue(movers.get(0).get("contribution").asDouble() > 5 * Math.abs(movers.get(i).get("contribution").asDouble()),
					movers::toString);
		}
		assertTrue(invoicely.get("explained").get("rSquared").asDouble() > 0.9, invoicely.get("explained")::toString);
		assertEquals(52, invoicely.get("metrics").get(0).get("series").size());
		assertEquals(52, product(new ObjectMapper().readTree(cli.out()), "Streamline").get("metrics").get(0).get("series").size());
	}

	@Test
	void theDashboardPrintsEveryProductWithSparklines() {
		Cli cli = Cli.run("status", EXAMPLE.toString());
		assertEquals(0, cli.code(), cli::toString);
		List<String> titles = cli.out().lines().filter(line -> !line.startsWith(" ") && !line.isBlank()).toList();
		assertEquals(2, titles.size(), cli::toString);
		assertTrue(titles.get(0).startsWith("Invoicely") && titles.get(1).startsWith("Streamline"), cli::toString);
		assertTrue(cli.out().lines().filter(line -> line.matches(".*[▁▂▃▄▅▆▇█]{12}.*")).count() >= 14, cli::toString);
		assertTrue(cli.out().contains("Movers of PaidOnTime") && cli.out().contains("Sensitivity of PaidOnTime"), cli::toString);
	}

	private static JsonNode product(JsonNode root, String name) {
		for (JsonNode product : root.get("products")) {
			if (product.get("product").asText().equals(name)) {
				return product;
			}
		}
		throw new AssertionError("no product " + name + " in " + root);
	}
}
