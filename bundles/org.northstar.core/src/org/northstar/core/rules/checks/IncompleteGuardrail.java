package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.ArrayList;
import java.util.List;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Guardrail;
import org.northstar.model.NorthStarPackage;

public final class IncompleteGuardrail extends ModelRule<Guardrail> {

	public IncompleteGuardrail() {
		super(RuleIds.INCOMPLETE_GUARDRAIL, Severity.WARNING, Guardrail.class);
	}

	@Override
	public String title() {
		return "A guardrail without direction or threshold";
	}

	@Override
	public String why() {
		return """
				A guardrail is a tripwire: it needs to say which way is worse (direction) and where the line \
				is (threshold). Without both, nobody can tell when it has been crossed, and it becomes one \
				more chart nobody acts on.""";
	}

	@Override
	protected void judge(Guardrail guardrail, Findings findings) {
		List<String> missing = new ArrayList<>();
		if (!guardrail.isSetDirection()) {
			missing.add("'direction'");
		}
		if (guardrail.getThreshold() == null) {
			missing.add("'threshold'");
		}
		if (!missing.isEmpty()) {
			findings.report(guardrail, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Guardrail " + quoted(guardrail)
					+ " has no " + String.join(" and no ", missing) + "; add " + String.join(" and ", missing)
					+ " so that a breach can be seen.");
		}
	}
}
