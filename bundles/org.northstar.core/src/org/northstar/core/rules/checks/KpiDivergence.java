package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.northstar.core.rules.DataRule;
import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.ProductStatus;
import org.northstar.model.Kpi;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

/**
 * Over the last {@link #PERIODS} periods the North Star rose while the KPI that follows it
 * fell, or the reverse: the trend of each is the slope of its least-squares line.
 */
public final class KpiDivergence extends ModelRule<Kpi> implements DataRule {

	/** How many of the latest periods the trends are taken over. */
	public static final int PERIODS = 8;

	public KpiDivergence() {
		super(RuleIds.KPI_DIVERGENCE, Severity.INFO, Kpi.class);
	}

	@Override
	public String title() {
		return "The North Star and its KPI move apart";
	}

	@Override
	public String why() {
		return """
				The North Star should lead the business result it follows. When the North Star rises while the \
				KPI falls, value may not be turning into money (a monetisation gap); when the KPI rises while the \
				North Star falls, the business may be extracting value at the customers' expense.""";
	}

	@Override
	protected void judge(Kpi kpi, Findings findings) {
		NorthStar northStar = kpi.getFollows();
		Optional<ProductStatus> status = ComputedStatus.of(kpi);
		if (northStar == null || northStar.eIsProxy() || status.isEmpty()) {
			return;
		}
		double northStarTrend = trend(status.get().of(northStar));
		double kpiTrend = trend(status.get().of(kpi));
		if (northStarTrend * kpiTrend < 0) {
			findings.report(kpi, NorthStarPackage.Literals.KPI__FOLLOWS, "Over the last " + PERIODS + " periods "
					+ quoted(northStar) + (northStarTrend > 0 ? " rose" : " fell") + " while " + quoted(kpi)
					+ (kpiTrend > 0 ? " rose" : " fell") + "; find out whether value is "
					+ (northStarTrend > 0 ? "not turning into revenue." : "being extracted at the customers' expense."));
		}
	}

	/** The slope of the least-squares line through the last periods' values; 0 when there are too few. */
	private static double trend(Optional<MetricStatus> status) {
		List<Double> values = status.map(s -> new ArrayList<>(s.series().asMap().values())).orElseGet(ArrayList::new);
		if (values.size() < PERIODS) {
			return 0;
		}
		List<Double> last = values.subList(values.size() - PERIODS, values.size());
		double meanX = (PERIODS - 1) / 2.0;
		double meanY = last.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		double sxy = 0;
		double sxx = 0;
		for (int i = 0; i < PERIODS; i++) {
			sxy += (i - meanX) * (last.get(i) - meanY);
			sxx += (i - meanX) * (i - meanX);
		}
		return sxy / sxx;
	}
}
