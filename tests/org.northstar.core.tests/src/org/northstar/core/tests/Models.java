package org.northstar.core.tests;

import java.util.List;

/** Small models for what the example cannot show by one edit. */
final class Models {

	private Models() {
	}

	/** A product with a complete North Star and the given inputs, nothing else. */
	static String productWithInputs(String... inputNames) {
		StringBuilder text = new StringBuilder("""
				team Growth
				product Tiny {
				    value "Teams finish their work sooner"
				    northstar Done "Tasks completed" { unit tasks window weekly }
				    guardrail Errors "Failed tasks" { direction lower threshold 1 }
				    kpi Seats "Paid seats" { follows Done }
				""");
		for (String name : inputNames) {
			text.append("    input ").append(name).append(" { owner Growth relation additive dimension breadth }\n");
		}
		return text.append("}\n").toString();
	}

	/**
	 * A product of {@code inputs} inputs, each with {@code fanOut} sub-inputs per level down to
	 * {@code depth} levels, two guardrails, a KPI and a work stream under every second top-level input;
	 * descriptions from none to two lines and one or two owners, so that boxes differ in height. Inputs
	 * are named by their path: {@code I2S0S1} is the second sub-input of the first sub-input of I2.
	 */
	static String tree(int inputs, int fanOut, int depth) {
		StringBuilder text = new StringBuilder("team T0\nteam T1\nteam T2\nproduct Big {\n");
		text.append("    value \"Teams finish their work sooner\"\n");
		text.append("    northstar Done \"Tasks completed by active teams\" { unit tasks window weekly }\n");
		for (int i = 0; i < inputs; i++) {
			treeInput(text, "I" + i, fanOut, depth - 1, "    ");
		}
		text.append("    guardrail Errors \"Failed tasks\" { direction lower threshold 1 }\n");
		text.append("    guardrail Churn \"Teams that cancel within a month\" { direction lower threshold 2 }\n");
		text.append("    kpi Seats \"Paid seats\" { follows Done }\n");
		for (int i = 0; i < inputs; i += 2) {
			text.append("    workstream W").append(i).append(" \"Faster onboarding\" { team T1 targets I").append(i).append(" }\n");
		}
		return text.append("}\n").toString();
	}

	private static void treeInput(StringBuilder text, String name, int fanOut, int levels, String indent) {
		int words = Math.abs(name.hashCode()) % 17;
		String description = String.join(" ", List.of(DESCRIPTION).subList(0, words));
		text.append(indent).append("input ").append(name).append(words == 0 ? "" : " \"" + description + "\"");
		text.append(" { relation additive owner T0").append(words % 3 == 0 ? ", T1" : "").append('\n');
		for (int i = 0; levels > 0 && i < fanOut; i++) {
			treeInput(text, name + "S" + i, fanOut, levels - 1, indent + "    ");
		}
		text.append(indent).append("}\n");
	}

	private static final String[] DESCRIPTION = ("Share of active teams that complete their first shared report"
			+ " within a week of signing up and invite a colleague").split(" ");
}
