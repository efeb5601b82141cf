package org.northstar.diagram.properties;

import org.northstar.dsl.ide.edit.ElementProperty;

/** What to type into a property, shown in the Properties view's status line. */
final class Hints {

	private Hints() {
	}

	static String of(ElementProperty property) {
		return switch (property) {
			case NAME -> "A name: letters, digits and _, e.g. PaidOnTime. References to it change with it.";
			case OWNERS -> "The owning teams, by name, separated by commas: Growth, Billing. One team is best.";
			case TARGETS -> "VALUE by YYYY-MM-DD, several separated by ';': 9000 by 2027-06-30; 12000 by 2027-12-31";
			case SCORES -> "CRITERION 1-5 separated by commas: value 5, vision 4, leading 4 (rationales are kept)";
			case THRESHOLD -> "A number, e.g. 2.5";
			case FOLLOWS -> "The North Star this KPI follows, by name";
			case TEAM -> "The team that runs the work stream, by name";
			case TARGET -> "The input the work stream moves, by name";
			case MEMBERS -> "Names separated by commas";
			default -> property.choices().isEmpty() ? "Empty removes the clause from the text" : "Pick one; empty removes the clause";
		};
	}
}
