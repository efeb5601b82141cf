package org.northstar.workspace.tests;

/**
 * A small project of two models: the teams in a file of their own, as
 * analysts keep them, and a product whose inputs they own. Same package, so
 * names resolve across the files without imports.
 */
final class Models {

	static final String TEAMS_FILE = "teams.northstar";
	static final String PRODUCT_FILE = "product.northstar";

	/** Billing (line 4) has no work anywhere: idle-team. */
	static final String TEAMS = """
			// the organisation
			package acme
			team Growth "Acquisition"
			team Billing
			""";

	/** Orders (line 4) has no owner: unowned-input; Visitors is owned by Growth of the teams file. */
	static final String PRODUCT = """
			package acme
			product Shop {
			    input Visitors "Visitors a week" { owner Growth relation additive }
			    input Orders "Orders a week" { relation additive }
			}
			""";

	private Models() {
	}
}
