package org.northstar.core.rules.checks;

import org.northstar.core.rules.LanguageRule;
import org.northstar.core.rules.RuleIds;

/** Reported by the parser; listed so that profiles, help and reports know it. */
public final class SyntaxError extends LanguageRule {

	public SyntaxError() {
		super(RuleIds.SYNTAX);
	}

	@Override
	public String title() {
		return "The text does not follow the language";
	}

	@Override
	public String why() {
		return """
				Text the parser cannot read is not part of the model: the tree, the diagram and every other \
				rule see it as missing. Fix it first; other findings may disappear with it.""";
	}
}
