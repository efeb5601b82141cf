package org.northstar.cli;

import java.util.List;

/** What the command line tells about rules: the catalog's ids, severities, titles and whys. */
interface RuleDescriptions {

	record Description(String id, String severity, String title, String why) {
	}

	List<Description> all();
}
