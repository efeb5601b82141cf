package org.northstar.core.tests;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import org.northstar.core.rules.RuleIds;

/**
 * For every model rule: models where it must fire, and near misses where it
 * must not. Each case names the rule id it is about and what it shows.
 */
final class RuleCases {

	private RuleCases() {
	}

	static Arguments fires(String rule, String what, String model) {
		return Arguments.of(rule, what, model);
	}

	static Stream<Arguments> firing() {
		Example example = Example.clean();
		return Stream.of(
				fires(RuleIds.MULTIPLE_NORTH_STARS, "a second north star", example.withMember(
						"    northstar Second \"Invoices paid\" { unit invoices window weekly }").text()),
				fires(RuleIds.MISSING_NORTH_STAR, "inputs only", """
						team Growth
						product P { input A "Accounts" { owner Growth relation additive } }
						"""),
				fires(RuleIds.MISSING_VALUE_STATEMENT, "no value line",
						example.replace("    value \"Freelancers get paid for their work without chasing clients\"\n", "").text()),
				fires(RuleIds.VANITY_NORTH_STAR, "total messages sent", northStar(example, "Total messages sent")),
				fires(RuleIds.VANITY_NORTH_STAR, "sign-ups in the name", example.replace("northstar PaidOnTime \"Invoices paid by their due date\"",
						"northstar WeeklySignUps").replace("PaidOnTime", "WeeklySignUps").text()),
				fires(RuleIds.VANITY_NORTH_STAR, "raw DAU per day", northStar(example, "DAU per day")),
				fires(RuleIds.VANITY_NORTH_STAR, "not-vanity scored 2", example.replace("notVanity      5", "notVanity      2").text()),
				fires(RuleIds.LAGGING_NORTH_STAR, "revenue", northStar(example, "Monthly recurring revenue")),
				fires(RuleIds.LAGGING_NORTH_STAR, "ARR in the name", example.replace("northstar PaidOnTime", "northstar NewARR")
						.replace("PaidOnTime", "NewARR").text()),
				fires(RuleIds.OUTPUT_METRIC, "north star counts features shipped", northStar(example, "Features shipped")),
				fires(RuleIds.OUTPUT_METRIC, "input counts story points", example.replace("\"Invoices sent per active freelancer\"",
						"\"Story points completed per sprint\"").text()),
				fires(RuleIds.INCOMPLETE_NORTH_STAR, "no unit", example.replace("        unit    invoices\n", "").text()),
				fires(RuleIds.INCOMPLETE_NORTH_STAR, "no window", example.replace("        window  weekly\n", "").text()),
				fires(RuleIds.COMPLEX_NORTH_STAR, "long description",
						northStar(example, "Invoices that freelancers send to clients and that clients pay before the date agreed")),
				fires(RuleIds.COMPLEX_NORTH_STAR, "three clauses", northStar(example, "Invoices paid by clients who pay within terms")),
				fires(RuleIds.INPUT_COUNT, "two inputs", Models.productWithInputs("A", "B")),
				fires(RuleIds.INPUT_COUNT, "six inputs", Models.productWithInputs("A", "B", "C", "D", "E", "F")),
				fires(RuleIds.UNOWNED_INPUT, "sub-input without owner", example.replace("            owner Payments   relation correlated",
						"            relation correlated").text()),
				fires(RuleIds.SHARED_OWNERSHIP, "two owners", example.replace("owner Growth         relation multiplicative",
						"owner Growth, Billing relation multiplicative").text()),
				fires(RuleIds.UNRELATED_INPUT, "no relation", example.replace("owner Growth         relation multiplicative",
						"owner Growth").text()),
				fires(RuleIds.CORRELATED_INPUT, "correlated sub-input", example.text()),
				fires(RuleIds.MISSING_GUARDRAIL, "no guardrail", example.replace("""
						    guardrail DisputeRate "Invoices disputed by clients, per 100 sent" {
						        direction lower  threshold 2.5  window monthly
						    }
						""", "").text()),
				fires(RuleIds.INCOMPLETE_GUARDRAIL, "no threshold", example.replace("threshold 2.5  ", "").text()),
				fires(RuleIds.INCOMPLETE_GUARDRAIL, "no direction", example.replace("direction lower  threshold 2.5", "threshold 2.5").text()),
				fires(RuleIds.MISSING_KPI, "no kpi", example.replace("    kpi PaidSeats \"Paid seats\" { follows PaidOnTime }\n", "").text()),
				fires(RuleIds.UNLINKED_KPI, "kpi without follows", example.replace("{ follows PaidOnTime }", "").text()),
				fires(RuleIds.IDLE_TEAM, "a team with nothing to do", example.replace("team Payments\n", "team Payments\nteam Legal\n").text()),
				fires(RuleIds.UNTARGETED_WORKSTREAM, "no targets", example.replace("  targets OnTimeShare", "").text()),
				fires(RuleIds.NORTH_STAR_CHURN, "changed within three months", example.replace("2025-01-15", "2025-11-01").text()),
				fires(RuleIds.NORTH_STAR_CHURN, "changed because results disappointed",
						example.replace("\"moved from activity to outcome\"", "\"the numbers disappointed the board\"").text()),
				fires(RuleIds.OVERLAPPING_INPUTS, "declared overlap", example.replace("owner Billing        relation multiplicative",
						"owner Billing        relation multiplicative  overlaps Senders").text()),
				fires(RuleIds.OVERLAPPING_INPUTS, "same description", example.replace("\"Invoices sent per active freelancer\"",
						"\"freelancers who send at least ONE invoice a  week\"").text()),
				fires(RuleIds.DIMENSION_GAP, "no frequency input", example.text()),
				fires(RuleIds.GAME_MISMATCH, "attention game", example.replace("game  productivity", "game  attention").text()),
				fires(RuleIds.LOW_SCORE, "vision 2", example.replace("vision         4", "vision         2").text()),
				fires(RuleIds.CYCLE, "sub-input formula names its parent", example.replace(
						"direction lower\n", "direction lower formula OnTimeShare * 2\n").text()),
				fires(RuleIds.CYCLE, "two formulas name each other", example.replace("owner Growth         relation multiplicative",
						"owner Growth         relation multiplicative formula InvoicesPerSender").replace(
						"owner Billing        relation multiplicative", "owner Billing        relation multiplicative formula Senders").text()),
				fires(RuleIds.DIVISION_BY_ZERO, "divides by 0.0", formula(example, "Senders * InvoicesPerSender / 0.0")),
				fires(RuleIds.DIVISION_BY_ZERO, "divides by -0", formula(example, "Senders / -0")),
				fires(RuleIds.FORMULA_DIRECTION, "a lower-is-better term multiplied in",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare * RemindersPerInvoice")),
				fires(RuleIds.FORMULA_DIRECTION, "a higher-is-better term subtracted", formula(example, "Senders * InvoicesPerSender - OnTimeShare")),
				fires(RuleIds.INPUT_OUTSIDE_FORMULA, "a multiplicative input left out", formula(example, "Senders * InvoicesPerSender")),
				fires(RuleIds.INPUT_OUTSIDE_FORMULA, "a term from another branch",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare / RemindersPerInvoice")),
				fires(RuleIds.UNIT_MISMATCH, "freelancers plus invoices", formula(example, "(Senders + InvoicesPerSender) * OnTimeShare")),
				fires(RuleIds.UNIT_MISMATCH, "a ratio minus freelancers", formula(example, "Senders * InvoicesPerSender * (OnTimeShare - Senders)")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "a password parameter", jdbc(example, "jdbc:postgresql://db/metrics?user=reader&password=hunter2")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "user:password@ in the URL", jdbc(example, "jdbc:mysql://reader:hunter2@db:3306/metrics")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "SQL Server's ;password=", jdbc(example, "jdbc:sqlserver://db;user=reader;Password=hunter2")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "a placeholder with a password beside it",
						jdbc(example, "jdbc:postgresql://${env:DB_HOST}/metrics?password=hunter2${env:SUFFIX}")));
	}

	static Stream<Arguments> quiet() {
		Example example = Example.clean();
		return Stream.of(
				fires(RuleIds.MULTIPLE_NORTH_STARS, "one north star", example.text()),
				fires(RuleIds.MISSING_NORTH_STAR, "empty file", ""),
				fires(RuleIds.MISSING_NORTH_STAR, "teams only", "team Growth\nteam Billing\n"),
				fires(RuleIds.MISSING_NORTH_STAR, "empty product", "product Nothing { }"),
				fires(RuleIds.MISSING_VALUE_STATEMENT, "product without north star", "product Nothing { }"),
				fires(RuleIds.VANITY_NORTH_STAR, "messages sent in connected teams", northStar(example, "Messages sent in connected teams")),
				fires(RuleIds.VANITY_NORTH_STAR, "vanity words in a candidate", example.replace("candidate \"Invoices sent\"",
						"candidate \"Total sign-ups\"").text()),
				fires(RuleIds.VANITY_NORTH_STAR, "a count in the name qualified by the description", example.replace(
						"northstar PaidOnTime \"Invoices paid by their due date\"", "northstar MessagesSent \"Messages sent in connected teams\"")
						.replace("PaidOnTime", "MessagesSent").text()),
				fires(RuleIds.VANITY_NORTH_STAR, "active users who send invoices",
						northStar(example, "Weekly active users who send an invoice")),
				fires(RuleIds.LAGGING_NORTH_STAR, "purchases per active customer", northStar(example, "Purchases per active customer")),
				fires(RuleIds.LAGGING_NORTH_STAR, "revenue only mentioned in a clause",
						northStar(example, "Invoices paid on time, which predicts revenue")),
				fires(RuleIds.LAGGING_NORTH_STAR, "revenue as kpi", example.replace("\"Paid seats\"", "\"Monthly revenue\"").text()),
				fires(RuleIds.OUTPUT_METRIC, "releases adopted by customers", northStar(example, "Releases that customers adopt")),
				fires(RuleIds.OUTPUT_METRIC, "output words in history", example.replace("\"Invoices sent\"  reason",
						"\"Features shipped\"  reason").text()),
				fires(RuleIds.INCOMPLETE_NORTH_STAR, "unit and window given", example.text()),
				fires(RuleIds.COMPLEX_NORTH_STAR, "twelve words, two clauses",
						northStar(example, "Invoices that freelancers send and that clients pay on the agreed date")),
				fires(RuleIds.INPUT_COUNT, "three inputs and a sub-input", example.text()),
				fires(RuleIds.INPUT_COUNT, "five inputs", Models.productWithInputs("A", "B", "C", "D", "E")),
				fires(RuleIds.UNOWNED_INPUT, "every input owned", example.text()),
				fires(RuleIds.SHARED_OWNERSHIP, "one owner each", example.text()),
				fires(RuleIds.UNRELATED_INPUT, "every relation stated", example.text()),
				fires(RuleIds.CORRELATED_INPUT, "additive instead", example.replace("relation correlated", "relation additive").text()),
				fires(RuleIds.MISSING_GUARDRAIL, "product without north star", "product Nothing { }"),
				fires(RuleIds.INCOMPLETE_GUARDRAIL, "direction and threshold", example.text()),
				fires(RuleIds.MISSING_KPI, "product without north star", "team Growth\nproduct P { input A { owner Growth } }"),
				fires(RuleIds.UNLINKED_KPI, "kpi follows", example.text()),
				fires(RuleIds.IDLE_TEAM, "team running only a work stream", example.replace("owner Payments       relation multiplicative",
						"owner Billing       relation multiplicative").replace("owner Payments   relation correlated",
						"owner Billing   relation correlated").text()),
				fires(RuleIds.UNTARGETED_WORKSTREAM, "targets given", example.text()),
				fires(RuleIds.NORTH_STAR_CHURN, "a year apart, for a reason", example.text()),
				fires(RuleIds.NORTH_STAR_CHURN, "exactly six months apart", example.replace("2025-01-15", "2025-08-01").text()),
				fires(RuleIds.OVERLAPPING_INPUTS, "distinct descriptions", example.text()),
				fires(RuleIds.DIMENSION_GAP, "all four dimensions", example.withMember(Example.RETURNING_SENDERS).text()),
				fires(RuleIds.DIMENSION_GAP, "no inputs at all", "product Nothing { }"),
				fires(RuleIds.GAME_MISMATCH, "productivity metric in a productivity game", example.text()),
				fires(RuleIds.GAME_MISMATCH, "hybrid whose secondary game fits",
						example.replace("game  productivity", "game  attention secondary productivity").text()),
				fires(RuleIds.GAME_MISMATCH, "no game stated", example.replace("    game  productivity", "").text()),
				fires(RuleIds.LOW_SCORE, "scores of 4 and 5", example.text()),
				fires(RuleIds.CYCLE, "formula over inputs, history naming the north star", example.text()),
				fires(RuleIds.DIVISION_BY_ZERO, "divides by two", formula(example, "Senders / 2")),
				fires(RuleIds.DIVISION_BY_ZERO, "divides by a metric", formula(example, "Senders / InvoicesPerSender")),
				fires(RuleIds.FORMULA_DIRECTION, "every term higher is better, multiplied", example.text()),
				fires(RuleIds.FORMULA_DIRECTION, "divided by a lower-is-better term",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare / RemindersPerInvoice")),
				fires(RuleIds.FORMULA_DIRECTION, "a sign that depends on the values, without data",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare / (InvoicesPerSender - OnTimeShare)")),
				fires(RuleIds.INPUT_OUTSIDE_FORMULA, "every multiplicative input in the formula", example.text()),
				fires(RuleIds.INPUT_OUTSIDE_FORMULA, "a correlated input left out", example.withMember(Example.RETURNING_SENDERS).text()),
				fires(RuleIds.INPUT_OUTSIDE_FORMULA, "no formula", example.replace("        formula Senders * InvoicesPerSender * OnTimeShare\n", "").text()),
				fires(RuleIds.UNIT_MISMATCH, "only products", example.text()),
				fires(RuleIds.UNIT_MISMATCH, "freelancers plus freelancers", example.withMember(Example.RETURNING_SENDERS).replace(
						"formula Senders * InvoicesPerSender * OnTimeShare",
						"formula (Senders + ReturningSenders) * InvoicesPerSender * OnTimeShare").text()),
				fires(RuleIds.UNIT_MISMATCH, "a metric plus a number", formula(example, "(Senders + 10) * InvoicesPerSender * OnTimeShare")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "no credentials", jdbc(example, "jdbc:postgresql://db/metrics")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "a user but no password", jdbc(example, "jdbc:postgresql://db/metrics?user=reader")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "the password from the environment",
						jdbc(example, "jdbc:postgresql://db/metrics?user=reader&password=${env:METRICS_PASSWORD}")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "a user and an environment password in the user part",
						jdbc(example, "jdbc:mysql://reader:${env:METRICS_PASSWORD}@db/metrics")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "a named connection", jdbc(example, "analytics")),
				fires(RuleIds.CREDENTIALS_IN_MODEL, "a password in a CSV path is no URL", example.replace("    game  productivity",
						"    game  productivity\n    data csv \"data/password=x.csv\"").text()));
	}

	private static String northStar(Example example, String description) {
		return example.replace("\"Invoices paid by their due date\"", "\"" + description + "\"").text();
	}

	private static String jdbc(Example example, String url) {
		return example.replace("    game  productivity", "    game  productivity\n    data jdbc \"" + url + "\"").text();
	}

	private static String formula(Example example, String formula) {
		return example.replace("formula Senders * InvoicesPerSender * OnTimeShare", "formula " + formula).text();
	}
}
