package org.northstar.dsl.ide.tests;

/** Models the server tests open: one with a problem for every fix, and a project of two files. */
final class Models {

	/**
	 * No guardrail, no KPI, a North Star without window, two inputs (one without owner), a formula
	 * term and an owner that name nothing.
	 */
	static final String PROBLEMS = """
			package acme.demo

			team Growth { lead "Dana Ortiz" members "Ali", "Bo" }
			team Billing

			product Demo {
			    value "Teams plan their week without meetings"
			    game productivity
			    northstar Plans "Plans finished on time" {
			        unit plans
			        formula Senders * Payers * Missing
			    }
			    input Senders "People who send a plan each week" {
			        dimension breadth  unit people  window weekly
			        relation multiplicative
			    }
			    input Payers "People who pay for plans" {
			        dimension depth  unit people  window weekly
			        owner Billing, Finance  relation multiplicative
			    }
			}
			""";

	/** The teams of a project, in their own file. */
	static final String TEAMS = """
			package acme.demo

			team Growth { lead "Dana Ortiz" }
			team Billing
			""";

	/** A product of the same package naming the teams of {@link #TEAMS}. */
	static final String PRODUCT = """
			package acme.demo

			product Demo {
			    value "Teams plan their week without meetings"
			    game productivity
			    northstar Plans "Plans finished on time" {
			        unit plans  window weekly
			        formula Senders * Payers
			    }
			    input Senders "People who send a plan each week" {
			        dimension breadth  unit people  window weekly
			        owner Growth  relation multiplicative
			    }
			    input Payers "People who pay for plans" {
			        dimension depth  unit people  window weekly
			        owner Billing  relation multiplicative
			    }
			    workstream Onboarding "A first plan in five minutes" {
			        team Growth  targets Senders
			    }
			}
			""";

	private Models() {
	}
}
