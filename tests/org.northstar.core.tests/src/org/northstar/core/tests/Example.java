package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.northstar.testing.Fixtures;

/**
 * The language reference's example, changed in one place: most rule tests
 * start from the clean model and break exactly one thing. Each edit must
 * change the text, so a fixture that drifts makes the test fail instead of
 * silently testing the unchanged example.
 */
final class Example {

	static final String PATH = "invoicely.northstar";

	/** The snippet of the language reference that shows shared ownership and overlaps. */
	static final String RETURNING_SENDERS = """
			    input ReturningSenders "Freelancers sending again within 14 days" {
			        dimension frequency  unit freelancers  window weekly
			        owner Growth, Billing relation correlated
			        overlaps Senders
			        query "SELECT week, count(*) FROM returning_senders GROUP BY week"
			    }
			""";

	private final String text;

	private Example(String text) {
		this.text = text;
	}

	static Example clean() {
		return new Example(Fixtures.model(Fixtures.INVOICELY));
	}

	Example replace(String from, String to) {
		String changed = text.replace(from, to);
		assertNotEquals(text, changed, () -> "the example has no '" + from + "' to replace");
		return new Example(changed);
	}

	/** Adds product members just before the guardrail. */
	Example withMember(String member) {
		return replace("    guardrail DisputeRate", member + "\n    guardrail DisputeRate");
	}

	String text() {
		return text;
	}

	@Override
	public String toString() {
		return "example";
	}
}
