package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.WorkStream;

public final class UntargetedWorkstream extends ModelRule<WorkStream> {

	public UntargetedWorkstream() {
		super(RuleIds.UNTARGETED_WORKSTREAM, Severity.WARNING, WorkStream.class);
	}

	@Override
	public String title() {
		return "A work stream that targets no input";
	}

	@Override
	public String why() {
		return """
				"Which input does this move?" is the screening question for any initiative. A work stream \
				that cannot answer it is off-strategy, or the tree is missing an input; either way the \
				answer should be written down.""";
	}

	@Override
	protected void judge(WorkStream workStream, Findings findings) {
		if (workStream.getTarget() == null) {
			findings.report(workStream, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Work stream " + quoted(workStream)
					+ " targets no input; add 'targets <Input>' naming the input it moves, or drop it.");
		}
	}
}
