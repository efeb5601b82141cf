package org.northstar.core.tests;

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
}
