package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic portfolio: one file per product line, each a full tree (North Star, four
 * inputs with two levels of sub-inputs, guardrails, a KPI, its teams and work streams).
 */
final class WorkspaceGenerator {

	static final int INPUTS = 4;
	static final int SUBS = 3;
	static final int SUB_SUBS = 2;
	static final int TEAMS = 5;

	/** North Star, the input tree, two guardrails and a KPI. */
	static final int METRICS_PER_PRODUCT = 1 + INPUTS * (1 + SUBS * (1 + SUB_SUBS)) + 2 + 1;

	private WorkspaceGenerator() {
	}

	static int productsFor(int metrics) {
		return Math.max(1, Math.round((float) metrics / METRICS_PER_PRODUCT));
	}

	static List<Path> write(Path folder, int products) throws IOException {
		return write(folder, products, Extras.NONE);
	}

	static List<Path> write(Path folder, int products, Extras extras) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int p = 0; p < products; p++) {
			Path file = folder.resolve("product" + p + ".northstar");
			Files.writeString(file, product(p, extras), StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	/** Product lines per division in {@link #writeWithSharedTeams}: one teams file serves them all. */
	static final int PRODUCTS_PER_DIVISION = 20;

	/**
	 * The same product lines, as an organisation lays them out: each division's teams in a teams file
	 * of their own ({@code package bench.d<k>.teams}), which the division's product files import, so
	 * that every owner and work stream's team is a name linked across files.
	 */
	static List<Path> writeWithSharedTeams(Path folder, int products) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int d = 0; d * PRODUCTS_PER_DIVISION < products; d++) {
			Path teams = folder.resolve("teams" + d + ".northstar");
			StringBuilder text = new StringBuilder("// generated for the benchmarks\npackage ").append(teamsPackage(d)).append("\n\n");
			teams(text);
			Files.writeString(teams, text, StandardCharsets.UTF_8);
			files.add(teams);
		}
		for (int p = 0; p < products; p++) {
			Path file = folder.resolve("product" + p + ".northstar");
			StringBuilder text = new StringBuilder("// generated for the benchmarks\npackage bench.p").append(p)
					.append("\nimport ").append(teamsPackage(p / PRODUCTS_PER_DIVISION)).append(".*\n");
			productLine(text, p, Extras.NONE);
			Files.writeString(file, text, StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	private static String teamsPackage(int division) {
		return "bench.d" + division + ".teams";
	}

	/**
	 * What a variant of the workspace adds to each product: clauses in the product's body (a data
	 * source) and in each metric's body (a target, a query), as whole lines ending in a newline.
	 * Nothing for the plain workspace.
	 */
	interface Extras {
		Extras NONE = new Extras() {
		};

		default String productClauses(int product) {
			return "";
		}

		default String metricClauses(int product, String metric) {
			return "";
		}
	}

	/** The names of one product's metrics, in the order written (the same in every product). */
	static List<String> metricNames() {
		List<String> names = new ArrayList<>(List.of("Completed"));
		for (int i = 0; i < INPUTS; i++) {
			names.add("I" + i);
			for (int s = 0; s < SUBS; s++) {
				names.add("I" + i + "S" + s);
				for (int ss = 0; ss < SUB_SUBS; ss++) {
					names.add("I" + i + "S" + s + "S" + ss);
				}
			}
		}
		names.addAll(List.of("Churn", "Satisfaction", "Seats"));
		return names;
	}

	/** One file of a product line with its own package and teams. */
	static String product(int p) {
		return product(p, Extras.NONE);
	}

	static String product(int p, Extras extras) {
		StringBuilder text = header("bench.p" + p);
		productLine(text, p, extras);
		return text.toString();
	}

	/** One large file: many product lines in one package, sharing its teams (for the formatter). */
	static String largeFile(int products) {
		StringBuilder text = header("bench.large");
		for (int p = 0; p < products; p++) {
			productLine(text, p, Extras.NONE);
		}
		return text.toString();
	}

	private static StringBuilder header(String pkg) {
		StringBuilder text = new StringBuilder();
		text.append("// generated for the benchmarks\n");
		text.append("package ").append(pkg).append("\n\n");
		teams(text);
		return text;
	}

	private static void teams(StringBuilder text) {
		for (int t = 0; t < TEAMS; t++) {
			text.append("team Team").append(t).append(" { lead \"Lead ").append(t).append("\" members \"A\", \"B\" }\n");
		}
	}

	private static void productLine(StringBuilder text, int p, Extras extras) {
		text.append("\nproduct Product").append(p).append(" {\n");
		text.append("    value \"Customers of line ").append(p).append(" get their work done without waiting\"\n");
		text.append("    game productivity\n");
		text.append(extras.productClauses(p));
		text.append("    northstar Completed \"Tasks completed by active teams each week\" {\n");
		text.append("        unit tasks window weekly\n");
		text.append("        formula I0 + I1 + I2 + I3\n");
		text.append(extras.metricClauses(p, "Completed"));
		text.append("    }\n");
		String[] dimensions = { "breadth", "depth", "frequency", "efficiency" };
		for (int i = 0; i < INPUTS; i++) {
			String name = "I" + i;
			text.append("    input ").append(name).append(" \"Input ").append(i).append(" of line ").append(p).append("\" {\n");
			text.append("        dimension ").append(dimensions[i]).append(" unit tasks window weekly\n");
			text.append("        owner Team").append(i).append(" relation additive\n");
			text.append(extras.metricClauses(p, name));
			for (int s = 0; s < SUBS; s++) {
				String sub = name + "S" + s;
				text.append("        input ").append(sub).append(" \"Sub-input ").append(sub).append("\" {\n");
				text.append("            dimension ").append(dimensions[s]).append(" unit tasks window weekly\n");
				text.append("            owner Team").append(i).append(" relation multiplicative\n");
				text.append(extras.metricClauses(p, sub));
				for (int ss = 0; ss < SUB_SUBS; ss++) {
					text.append("            input ").append(sub).append('S').append(ss).append(" \"Driver ").append(ss)
							.append(" of ").append(sub).append("\" { dimension depth unit tasks window weekly owner Team")
							.append(i).append(" relation additive").append(inline(extras.metricClauses(p, sub + "S" + ss)))
							.append(" }\n");
				}
				text.append("        }\n");
			}
			text.append("    }\n");
		}
		text.append("    guardrail Churn \"Teams that cancel within a month\" { direction lower threshold 2.5 window monthly")
				.append(inline(extras.metricClauses(p, "Churn"))).append(" }\n");
		text.append("    guardrail Satisfaction \"Satisfaction score of active teams\" { direction higher threshold 4.2 window monthly")
				.append(inline(extras.metricClauses(p, "Satisfaction"))).append(" }\n");
		text.append("    kpi Seats \"Paid seats\" { follows Completed").append(inline(extras.metricClauses(p, "Seats"))).append(" }\n");
		for (int i = 0; i < INPUTS; i++) {
			text.append("    workstream W").append(i).append(" \"Work stream ").append(i).append("\" { team Team").append(i)
					.append(" targets I").append(i).append(" hypothesis \"Moves input ").append(i).append("\" }\n");
		}
		text.append("    workstream W4 \"Shared tooling\" { team Team4 targets I0 }\n");
		text.append("}\n");
	}

	/** Clauses for a one-line body: on the same line, after a space. */
	private static String inline(String clauses) {
		return clauses.isBlank() ? "" : " " + clauses.strip().replace('\n', ' ');
	}
}
