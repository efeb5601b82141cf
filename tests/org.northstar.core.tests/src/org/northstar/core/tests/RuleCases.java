package org.northstar.core.tests;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

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
				fires("multiple-north-stars", "a second north star", example.withMember(
						"    northstar Second \"Invoices paid\" { unit invoices window weekly }").text()),
				fires("missing-north-star", "inputs only", """
						team Growth
						product P { input A "Accounts" { owner Growth relation additive } }
						"""),
				fires("missing-value-statement", "no value line",
						example.replace("    value \"Freelancers get paid for their work without chasing clients\"\n", "").text()),
				fires("vanity-north-star", "total messages sent", northStar(example, "Total messages sent")),
				fires("vanity-north-star", "sign-ups in the name", example.replace("northstar PaidOnTime \"Invoices paid by their due date\"",
						"northstar WeeklySignUps").replace("PaidOnTime", "WeeklySignUps").text()),
				fires("vanity-north-star", "raw DAU per day", northStar(example, "DAU per day")),
				fires("vanity-north-star", "not-vanity scored 2", example.replace("notVanity      5", "notVanity      2").text()),
				fires("lagging-north-star", "revenue", northStar(example, "Monthly recurring revenue")),
				fires("lagging-north-star", "ARR in the name", example.replace("northstar PaidOnTime", "northstar NewARR")
						.replace("PaidOnTime", "NewARR").text()),
				fires("output-metric", "north star counts features shipped", northStar(example, "Features shipped")),
				fires("output-metric", "input counts story points", example.replace("\"Invoices sent per active freelancer\"",
						"\"Story points completed per sprint\"").text()),
				fires("incomplete-north-star", "no unit", example.replace("        unit    invoices\n", "").text()),
				fires("incomplete-north-star", "no window", example.replace("        window  weekly\n", "").text()),
				fires("complex-north-star", "long description",
						northStar(example, "Invoices that freelancers send to clients and that clients pay before the date agreed")),
				fires("complex-north-star", "three clauses", northStar(example, "Invoices paid by clients who pay within terms")),
				fires("input-count", "two inputs", Models.productWithInputs("A", "B")),
				fires("input-count", "six inputs", Models.productWithInputs("A", "B", "C", "D", "E", "F")),
				fires("unowned-input", "sub-input without owner", example.replace("            owner Payments   relation correlated",
						"            relation correlated").text()),
				fires("shared-ownership", "two owners", example.replace("owner Growth         relation multiplicative",
						"owner Growth, Billing relation multiplicative").text()),
				fires("unrelated-input", "no relation", example.replace("owner Growth         relation multiplicative",
						"owner Growth").text()),
				fires("correlated-input", "correlated sub-input", example.text()),
				fires("missing-guardrail", "no guardrail", example.replace("""
						    guardrail DisputeRate "Invoices disputed by clients, per 100 sent" {
						        direction lower  threshold 2.5  window monthly
						    }
						""", "").text()),
				fires("incomplete-guardrail", "no threshold", example.replace("threshold 2.5  ", "").text()),
				fires("incomplete-guardrail", "no direction", example.replace("direction lower  threshold 2.5", "threshold 2.5").text()),
				fires("missing-kpi", "no kpi", example.replace("    kpi PaidSeats \"Paid seats\" { follows PaidOnTime }\n", "").text()),
				fires("unlinked-kpi", "kpi without follows", example.replace("{ follows PaidOnTime }", "").text()),
				fires("idle-team", "a team with nothing to do", example.replace("team Payments\n", "team Payments\nteam Legal\n").text()),
				fires("untargeted-workstream", "no targets", example.replace("  targets OnTimeShare", "").text()),
				fires("north-star-churn", "changed within three months", example.replace("2025-01-15", "2025-11-01").text()),
				fires("north-star-churn", "changed because results disappointed",
						example.replace("\"moved from activity to outcome\"", "\"the numbers disappointed the board\"").text()),
				fires("overlapping-inputs", "declared overlap", example.replace("owner Billing        relation multiplicative",
						"owner Billing        relation multiplicative  overlaps Senders").text()),
				fires("overlapping-inputs", "same description", example.replace("\"Invoices sent per active freelancer\"",
						"\"freelancers who send at least ONE invoice a  week\"").text()),
				fires("dimension-gap", "no frequency input", example.text()),
				fires("game-mismatch", "attention game", example.replace("game  productivity", "game  attention").text()),
				fires("low-score", "vision 2", example.replace("vision         4", "vision         2").text()),
				fires("cycle", "sub-input formula names its parent", example.replace(
						"direction lower\n", "direction lower formula OnTimeShare * 2\n").text()),
				fires("cycle", "two formulas name each other", example.replace("owner Growth         relation multiplicative",
						"owner Growth         relation multiplicative formula InvoicesPerSender").replace(
						"owner Billing        relation multiplicative", "owner Billing        relation multiplicative formula Senders").text()),
				fires("division-by-zero", "divides by 0.0", formula(example, "Senders * InvoicesPerSender / 0.0")),
				fires("division-by-zero", "divides by -0", formula(example, "Senders / -0")),
				fires("formula-direction", "a lower-is-better term multiplied in",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare * RemindersPerInvoice")),
				fires("formula-direction", "a higher-is-better term subtracted", formula(example, "Senders * InvoicesPerSender - OnTimeShare")),
				fires("input-outside-formula", "a multiplicative input left out", formula(example, "Senders * InvoicesPerSender")),
				fires("input-outside-formula", "a term from another branch",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare / RemindersPerInvoice")),
				fires("unit-mismatch", "freelancers plus invoices", formula(example, "(Senders + InvoicesPerSender) * OnTimeShare")),
				fires("unit-mismatch", "a ratio minus freelancers", formula(example, "Senders * InvoicesPerSender * (OnTimeShare - Senders)")),
				fires("credentials-in-model", "a password parameter", jdbc(example, "jdbc:postgresql://db/metrics?user=reader&password=hunter2")),
				fires("credentials-in-model", "user:password@ in the URL", jdbc(example, "jdbc:mysql://reader:hunter2@db:3306/metrics")),
				fires("credentials-in-model", "SQL Server's ;password=", jdbc(example, "jdbc:sqlserver://db;user=reader;Password=hunter2")),
				fires("credentials-in-model", "a placeholder with a password beside it",
						jdbc(example, "jdbc:postgresql://${env:DB_HOST}/metrics?password=hunter2${env:SUFFIX}")));
	}

	static Stream<Arguments> quiet() {
		Example example = Example.clean();
		return Stream.of(
				fires("multiple-north-stars", "one north star", example.text()),
				fires("missing-north-star", "empty file", ""),
				fires("missing-north-star", "teams only", "team Growth\nteam Billing\n"),
				fires("missing-north-star", "empty product", "product Nothing { }"),
				fires("missing-value-statement", "product without north star", "product Nothing { }"),
				fires("vanity-north-star", "messages sent in connected teams", northStar(example, "Messages sent in connected teams")),
				fires("vanity-north-star", "vanity words in a candidate", example.replace("candidate \"Invoices sent\"",
						"candidate \"Total sign-ups\"").text()),
				fires("vanity-north-star", "a count in the name qualified by the description", example.replace(
						"northstar PaidOnTime \"Invoices paid by their due date\"", "northstar MessagesSent \"Messages sent in connected teams\"")
						.replace("PaidOnTime", "MessagesSent").text()),
				fires("vanity-north-star", "active users who send invoices",
						northStar(example, "Weekly active users who send an invoice")),
				fires("lagging-north-star", "purchases per active customer", northStar(example, "Purchases per active customer")),
				fires("lagging-north-star", "revenue only mentioned in a clause",
						northStar(example, "Invoices paid on time, which predicts revenue")),
				fires("lagging-north-star", "revenue as kpi", example.replace("\"Paid seats\"", "\"Monthly revenue\"").text()),
				fires("output-metric", "releases adopted by customers", northStar(example, "Releases that customers adopt")),
				fires("output-metric", "output words in history", example.replace("\"Invoices sent\"  reason",
						"\"Features shipped\"  reason").text()),
				fires("incomplete-north-star", "unit and window given", example.text()),
				fires("complex-north-star", "twelve words, two clauses",
						northStar(example, "Invoices that freelancers send and that clients pay on the agreed date")),
				fires("input-count", "three inputs and a sub-input", example.text()),
				fires("input-count", "five inputs", Models.productWithInputs("A", "B", "C", "D", "E")),
				fires("unowned-input", "every input owned", example.text()),
				fires("shared-ownership", "one owner each", example.text()),
				fires("unrelated-input", "every relation stated", example.text()),
				fires("correlated-input", "additive instead", example.replace("relation correlated", "relation additive").text()),
				fires("missing-guardrail", "product without north star", "product Nothing { }"),
				fires("incomplete-guardrail", "direction and threshold", example.text()),
				fires("missing-kpi", "product without north star", "team Growth\nproduct P { input A { owner Growth } }"),
				fires("unlinked-kpi", "kpi follows", example.text()),
				fires("idle-team", "team running only a work stream", example.replace("owner Payments       relation multiplicative",
						"owner Billing       relation multiplicative").replace("owner Payments   relation correlated",
						"owner Billing   relation correlated").text()),
				fires("untargeted-workstream", "targets given", example.text()),
				fires("north-star-churn", "a year apart, for a reason", example.text()),
				fires("north-star-churn", "exactly six months apart", example.replace("2025-01-15", "2025-08-01").text()),
				fires("overlapping-inputs", "distinct descriptions", example.text()),
				fires("dimension-gap", "all four dimensions", example.withMember(Example.RETURNING_SENDERS).text()),
				fires("dimension-gap", "no inputs at all", "product Nothing { }"),
				fires("game-mismatch", "productivity metric in a productivity game", example.text()),
				fires("game-mismatch", "hybrid whose secondary game fits",
						example.replace("game  productivity", "game  attention secondary productivity").text()),
				fires("game-mismatch", "no game stated", example.replace("    game  productivity", "").text()),
				fires("low-score", "scores of 4 and 5", example.text()),
				fires("cycle", "formula over inputs, history naming the north star", example.text()),
				fires("division-by-zero", "divides by two", formula(example, "Senders / 2")),
				fires("division-by-zero", "divides by a metric", formula(example, "Senders / InvoicesPerSender")),
				fires("formula-direction", "every term higher is better, multiplied", example.text()),
				fires("formula-direction", "divided by a lower-is-better term",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare / RemindersPerInvoice")),
				fires("formula-direction", "a sign that depends on the values, without data",
						formula(example, "Senders * InvoicesPerSender * OnTimeShare / (InvoicesPerSender - OnTimeShare)")),
				fires("input-outside-formula", "every multiplicative input in the formula", example.text()),
				fires("input-outside-formula", "a correlated input left out", example.withMember(Example.RETURNING_SENDERS).text()),
				fires("input-outside-formula", "no formula", example.replace("        formula Senders * InvoicesPerSender * OnTimeShare\n", "").text()),
				fires("unit-mismatch", "only products", example.text()),
				fires("unit-mismatch", "freelancers plus freelancers", example.withMember(Example.RETURNING_SENDERS).replace(
						"formula Senders * InvoicesPerSender * OnTimeShare",
						"formula (Senders + ReturningSenders) * InvoicesPerSender * OnTimeShare").text()),
				fires("unit-mismatch", "a metric plus a number", formula(example, "(Senders + 10) * InvoicesPerSender * OnTimeShare")),
				fires("credentials-in-model", "no credentials", jdbc(example, "jdbc:postgresql://db/metrics")),
				fires("credentials-in-model", "a user but no password", jdbc(example, "jdbc:postgresql://db/metrics?user=reader")),
				fires("credentials-in-model", "the password from the environment",
						jdbc(example, "jdbc:postgresql://db/metrics?user=reader&password=${env:METRICS_PASSWORD}")),
				fires("credentials-in-model", "a user and an environment password in the user part",
						jdbc(example, "jdbc:mysql://reader:${env:METRICS_PASSWORD}@db/metrics")),
				fires("credentials-in-model", "a named connection", jdbc(example, "analytics")),
				fires("credentials-in-model", "a password in a CSV path is no URL", example.replace("    game  productivity",
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
