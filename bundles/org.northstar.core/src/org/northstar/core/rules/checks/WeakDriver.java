package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.DataRule;
import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;

/** An input whose data barely moves with its parent's: |r| below {@link #WEAK} over at least {@link #PERIODS} periods. */
public final class WeakDriver extends ModelRule<Input> implements DataRule {

	public static final double WEAK = 0.3;
	public static final int PERIODS = 8;

	public WeakDriver() {
		super(RuleIds.WEAK_DRIVER, Severity.INFO, Input.class);
	}

	@Override
	public String title() {
		return "An input that barely moves with its parent";
	}

	@Override
	public String why() {
		return """
				The tree claims each input drives its parent. If the data shows almost no correlation between them \
				over months, the input may not be a lever at all, or it works with a delay or through another \
				input: work on it may not show in the North Star.""";
	}

	@Override
	protected void judge(Input input, Findings findings) {
		ComputedStatus.of(input).flatMap(status -> status.of(input)).map(status -> status.r())
				.filter(r -> r != null && r.known() && r.n() >= PERIODS && Math.abs(r.value()) < WEAK)
				.ifPresent(r -> findings.report(input, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Input " + quoted(input)
						+ " barely moves with " + quoted(ProductMetrics.parentOf(input).orElseThrow()) + " (r = "
						+ DataWords.number(r.value()) + " over " + r.n() + " periods); check that it drives its parent,"
						+ " or that it belongs elsewhere in the tree."));
	}
}
