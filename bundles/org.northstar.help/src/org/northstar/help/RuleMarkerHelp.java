package org.northstar.help;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerHelpContextProvider;
import org.northstar.help.generator.RulePages;

/** F1 on a North Star problem (Problems view, editor ruler) opens the page of its rule. */
public class RuleMarkerHelp implements IMarkerHelpContextProvider {

	static final String BUNDLE = "org.northstar.help";
	static final String RULE_ID = "ruleId";

	@Override
	public String getHelpContextForMarker(IMarker marker) {
		String ruleId = marker.getAttribute(RULE_ID, null);
		return ruleId == null ? null : BUNDLE + "." + RulePages.contextId(ruleId);
	}

	@Override
	public boolean hasHelpContextForMarker(IMarker marker) {
		return marker.getAttribute(RULE_ID, null) != null;
	}
}
