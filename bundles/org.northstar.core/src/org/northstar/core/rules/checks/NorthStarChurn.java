package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.text.Vocabulary;
import org.northstar.core.rules.text.Wording;
import org.northstar.model.HistoryEntry;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

public final class NorthStarChurn extends ModelRule<NorthStar> {

	static final int MIN_MONTHS_BETWEEN_CHANGES = 6;

	public NorthStarChurn() {
		super(RuleIds.NORTH_STAR_CHURN, Severity.WARNING, NorthStar.class);
	}

	@Override
	public String title() {
		return "North Star changed too often, or because results disappointed";
	}

	@Override
	public String why() {
		return """
				A good North Star lasts one to three years and is re-evaluated about yearly. Changing it every \
				few months resets every team's learning and dashboards; changing it because the numbers \
				disappointed hides the problem instead of solving it. Change it when the strategy or the \
				understanding of customer value changes, and write that down as the reason.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		List<HistoryEntry> dated = new ArrayList<>(northStar.getHistory().stream().filter(e -> e.getDate() != null).toList());
		dated.sort(Comparator.comparing(HistoryEntry::getDate));
		for (int i = 1; i < dated.size(); i++) {
			HistoryEntry earlier = dated.get(i - 1);
			HistoryEntry later = dated.get(i);
			if (earlier.getDate().plusMonths(MIN_MONTHS_BETWEEN_CHANGES).isAfter(later.getDate())) {
				findings.report(later, NorthStarPackage.Literals.HISTORY_ENTRY__DATE, "North Star " + quoted(northStar)
						+ " changed on " + earlier.getDate() + " and again on " + later.getDate()
						+ ", less than " + MIN_MONTHS_BETWEEN_CHANGES + " months apart; keep a North Star long enough to learn from it.");
			}
		}
		for (HistoryEntry entry : northStar.getHistory()) {
			Wording.ofText(entry.getReason()).mention(Vocabulary.DISAPPOINTED_REASONS)
					.ifPresent(term -> findings.report(entry, NorthStarPackage.Literals.HISTORY_ENTRY__REASON,
							"North Star " + quoted(northStar) + " was changed because results disappointed ('" + term.text()
									+ "'); change it only when strategy or customer value changes, and fix the inputs instead."));
		}
	}
}
