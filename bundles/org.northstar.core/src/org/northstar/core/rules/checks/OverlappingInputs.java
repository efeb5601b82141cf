package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class OverlappingInputs extends ModelRule<Input> {

	public OverlappingInputs() {
		super(RuleIds.OVERLAPPING_INPUTS, Severity.WARNING, Input.class);
	}

	@Override
	public String title() {
		return "Two inputs measure the same thing";
	}

	@Override
	public String why() {
		return """
				Good inputs are mutually exclusive: each explains its own share of the North Star. When two \
				overlap, a gain is counted twice, two teams chase the same customers, and the tree \
				over-explains its parent. Merge them, or redraw the line between them so each counts what the \
				other does not.""";
	}

	@Override
	protected void judge(Input input, Findings findings) {
		for (int i = 0; i < input.getOverlaps().size(); i++) {
			Input other = input.getOverlaps().get(i);
			if (!other.eIsProxy()) {
				findings.report(input, NorthStarPackage.Literals.INPUT__OVERLAPS, i, "Input " + quoted(input)
						+ " overlaps " + quoted(other) + "; merge them or redraw them so each counts what the other does not.");
			}
		}
		Input twin = earlierTwin(input);
		if (twin != null) {
			findings.report(input, NorthStarPackage.Literals.NAMED_ELEMENT__DESCRIPTION, "Input " + quoted(input)
					+ " has the same description as " + quoted(twin) + "; merge them or say what each counts.");
		}
	}

	/** The first input of the product, before this one, described alike; so a pair is reported once. */
	private static Input earlierTwin(Input input) {
		String description = normalised(input.getDescription());
		Product product = Names.productOf(input);
		if (description.isEmpty() || product == null) {
			return null;
		}
		Input first = ResourceCaches.get(product, List.of(OverlappingInputs.class, product), () -> firstByDescription(product))
				.get(description);
		return first == input ? null : first;
	}

	/** Each description's first input in the product, in the order of the text (computed once per product). */
	private static Map<String, Input> firstByDescription(Product product) {
		Map<String, Input> first = new HashMap<>();
		for (var it = product.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Input input) {
				first.putIfAbsent(normalised(input.getDescription()), input);
			}
		}
		return first;
	}

	/** Trimmed, each run of white space one space, lower case (written out: every input's description passes here twice). */
	private static String normalised(String description) {
		if (description == null) {
			return "";
		}
		String trimmed = description.trim();
		StringBuilder text = new StringBuilder(trimmed.length());
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (!isWhiteSpace(c)) {
				text.append(c);
			} else if (!isWhiteSpace(trimmed.charAt(i - 1))) {
				text.append(' ');
			}
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}

	/** What a regular expression's {@code \s} matches. */
	private static boolean isWhiteSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}
}
