package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.DataRule;
import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.Status;
import org.northstar.model.Guardrail;
import org.northstar.model.NorthStarPackage;

/** A guardrail whose latest value is past its threshold in the wrong direction (from the data). */
public final class GuardrailBreached extends ModelRule<Guardrail> implements DataRule {

	public GuardrailBreached() {
		super(RuleIds.GUARDRAIL_BREACHED, Severity.WARNING, Guardrail.class);
	}

	@Override
	public String title() {
		return "A guardrail past its threshold";
	}

	@Override
	public String why() {
		return """
				A guardrail is the promise that the North Star is not bought with harm elsewhere. Once its latest \
				value is past the threshold, the growth the dashboard shows may be costing customers or the \
				business, and the teams need to know before they push harder.""";
	}

	@Override
	protected void judge(Guardrail guardrail, Findings findings) {
		ComputedStatus.of(guardrail).flatMap(status -> status.of(guardrail))
				.filter(status -> status.status() == Status.BREACHED)
				.ifPresent(status -> findings.report(guardrail, NorthStarPackage.Literals.NAMED_ELEMENT__NAME,
						"Guardrail " + quoted(guardrail) + " is " + DataWords.number(status.value()) + " in " + status.period()
								+ ", past its threshold " + guardrail.getThreshold().toPlainString()
								+ "; find what pushed it there before pushing the North Star further."));
	}
}
