package org.northstar.scene.report;

import org.northstar.core.check.Problem;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleHelp;

/** A finding's rule explained as the help pages do: why it matters and how to fix it. */
public final class FindingText {

	private FindingText() {
	}

	public static String why(Problem finding) {
		return RuleCatalog.byId(finding.ruleId()).map(Rule::why).orElse("");
	}

	public static String fix(Problem finding) {
		try {
			return RuleHelp.fix(finding.ruleId());
		} catch (IllegalArgumentException unknown) {
			// rules-profile and internal-error are not in the catalog: their message says what to do
			return "";
		}
	}

	/** Where in the file: line:column. */
	public static String where(Problem finding) {
		return finding.line() + ":" + finding.column();
	}
}
