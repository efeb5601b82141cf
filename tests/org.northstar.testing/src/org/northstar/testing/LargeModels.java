package org.northstar.testing;

/** Clean models of a requested size: products of twenty lines each, owned by teams of their own. */
public final class LargeModels {

	private static final String PRODUCT = """
			product Product%1$d {
			    value "Freelancers get paid for their work without chasing clients"
			    game productivity
			    northstar PaidOnTime%1$d "Invoices paid by their due date" {
			        unit invoices window weekly
			        formula Senders%1$d * OnTimeShare%1$d
			    }
			    input Senders%1$d "Freelancers who send at least one invoice a week" {
			        dimension breadth unit freelancers window weekly
			        owner Growth relation multiplicative
			    }
			    input OnTimeShare%1$d "Share of sent invoices paid by their due date" {
			        dimension efficiency unit ratio window weekly
			        owner Payments relation multiplicative
			    }
			    guardrail Disputes%1$d "Invoices disputed per 100 sent" { direction lower threshold 2.5 window monthly }
			    kpi Seats%1$d "Paid seats" { follows PaidOnTime%1$d }
			}

			""";

	private static final String HEADER = "package acme.large\n\nteam Growth\nteam Payments\n\n";

	private LargeModels() {
	}

	/** A model of at least {@code lines} lines. */
	public static String lines(int lines) {
		StringBuilder model = new StringBuilder(HEADER);
		for (int i = 0; model.toString().lines().count() < lines; i++) {
			model.append(PRODUCT.formatted(i));
		}
		return model.toString();
	}

	/** A model of {@code products} products. */
	public static String products(int products) {
		StringBuilder model = new StringBuilder(HEADER);
		for (int i = 0; i < products; i++) {
			model.append(PRODUCT.formatted(i));
		}
		return model.toString();
	}
}
