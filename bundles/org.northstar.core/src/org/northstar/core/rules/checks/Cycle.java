package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.List;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarPackage;

public final class Cycle extends ModelRule<Metric> {

	public Cycle() {
		super(RuleIds.CYCLE, Severity.ERROR, Metric.class);
	}

	@Override
	public String title() {
		return "A metric that depends on itself";
	}

	@Override
	public String why() {
		return """
				A metric whose formula or nested inputs lead back to itself has no value that can be computed, \
				and the tree stops explaining what drives what. Cycles usually come from a sub-input's formula \
				naming its parent or from two formulas naming each other.""";
	}

	@Override
	protected void judge(Metric metric, Findings findings) {
		List<Metric> cycle = Dependencies.cycleThrough(metric);
		if (!cycle.isEmpty()) {
			List<String> names = cycle.stream().map(Metric::getName).toList();
			findings.report(metric, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Metric " + quoted(metric)
					+ " depends on itself (" + String.join(" -> ", names) + "); remove one of these formula terms or nestings.");
		}
	}
}
