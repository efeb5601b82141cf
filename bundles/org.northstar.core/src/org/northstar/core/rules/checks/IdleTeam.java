package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Team;

public final class IdleTeam extends ModelRule<Team> {

	public IdleTeam() {
		super(RuleIds.IDLE_TEAM, Severity.WARNING, Team.class);
	}

	@Override
	public String title() {
		return "A team that owns no input and no work stream";
	}

	@Override
	public String why() {
		return """
				In a North Star organisation every team can say which input its work moves. A team that owns \
				no input and runs no work stream anywhere in the project is either a missing branch of the \
				tree or doing off-strategy work; both are worth a conversation.""";
	}

	@Override
	protected void judge(Team team, Findings findings) {
		if (!TeamUsage.hasWork(team)) {
			findings.report(team, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Team " + quoted(team)
					+ " owns no input and runs no work stream in this project; make it the 'owner' of an input or the 'team' of a work stream, or remove it.");
		}
	}
}
