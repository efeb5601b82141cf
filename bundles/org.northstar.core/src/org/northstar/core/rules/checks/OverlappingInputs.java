package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.Severity;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class OverlappingInputs extends ModelRule<Input> {

	public OverlappingInputs() {
		super("overlapping-inputs", Severity.WARNING, Input.class);
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
		for (var it = product.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element == input) {
				return null;
			}
			if (element instanceof Input other && description.equals(normalised(other.getDescription()))) {
				return other;
			}
		}
		return null;
	}

	private static String normalised(String description) {
		return description == null ? "" : description.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
