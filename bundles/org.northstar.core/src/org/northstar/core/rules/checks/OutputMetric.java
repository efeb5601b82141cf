package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.text.Vocabulary;
import org.northstar.core.rules.text.Wording;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

public final class OutputMetric extends ModelRule<Metric> {

	public OutputMetric() {
		super(RuleIds.OUTPUT_METRIC, Severity.WARNING, Metric.class);
	}

	@Override
	public String title() {
		return "Output instead of outcome";
	}

	@Override
	public String why() {
		return """
				Features shipped, releases, tickets closed, sprint completion and story points measure how \
				busy the team is, not what changed for customers. A tree of outputs rewards shipping over \
				learning. Measure the customer behaviour the work is meant to change instead; the work itself \
				belongs in work streams.""";
	}

	@Override
	protected void judge(Metric metric, Findings findings) {
		if (!(metric instanceof NorthStar || metric instanceof Input)) {
			return;
		}
		String kind = metric instanceof NorthStar ? "North Star " : "Input ";
		Wording.of(metric).unqualifiedSubject(Vocabulary.OUTPUT)
				.ifPresent(term -> findings.report(metric, NorthStarPackage.Literals.NAMED_ELEMENT__NAME,
						kind + quoted(metric) + " counts '" + term.text()
								+ "', an output of the team; measure the customer outcome it should change instead."));
	}
}
