package org.northstar.core.rules.checks;

import org.northstar.core.rules.LanguageRule;
import org.northstar.core.rules.RuleIds;

/** Reported by the linker; listed so that profiles, help and reports know it. */
public final class UnresolvedReference extends LanguageRule {

	public UnresolvedReference() {
		super(RuleIds.UNRESOLVED_REFERENCE);
	}

	@Override
	public String title() {
		return "A name that links to nothing";
	}

	@Override
	public String why() {
		return """
				Owners, targets, follows, overlaps and formula terms are links to other elements. A name \
				that matches nothing (a typo, a renamed element, a missing import or file) silently cuts a \
				branch out of the tree, so the model says less than the text seems to.""";
	}
}
