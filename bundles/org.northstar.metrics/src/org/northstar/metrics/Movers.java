package org.northstar.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.northstar.model.Metric;

/**
 * What moved a metric between two periods: each term of its formula gets its
 * Shapley value, the average over every order of changing the terms one by one of
 * the formula's change at the step where that term changes. The contributions add
 * up exactly to the formula's change, interactions (Senders x ShareOnTime rising
 * together) shared fairly, and a term that did not change gets zero. Ranked from the
 * largest contribution (the biggest win) to the smallest (the biggest concern).
 * <p>
 * Exact over 2^k subsets of the k terms; formulas name far fewer than
 * {@link #MAX_TERMS} metrics in practice, more give no movers.
 */
public final class Movers {

	public static final int MAX_TERMS = 16;

	public record Contribution(Metric term, double contribution) {
	}

	private Movers() {
	}

	public static List<Contribution> between(Metric metric, Period before, Period after, Calculator calculator) {
		if (metric.getFormula() == null || before == null || after == null) {
			return List.of();
		}
		List<Metric> terms = List.copyOf(Formula.terms(metric.getFormula()));
		int k = terms.size();
		if (k == 0 || k > MAX_TERMS) {
			return List.of();
		}
		double[] from = new double[k];
		double[] to = new double[k];
		for (int i = 0; i < k; i++) {
			Value a = calculator.value(terms.get(i), before);
			Value b = calculator.value(terms.get(i), after);
			if (!a.present() || !b.present()) {
				return List.of();
			}
			from[i] = a.number();
			to[i] = b.number();
		}
		double[] worth = new double[1 << k];
		for (int subset = 0; subset < worth.length; subset++) {
			Value value = formulaWith(metric, terms, from, to, subset);
			if (!value.present()) {
				return List.of();
			}
			worth[subset] = value.number();
		}
		List<Contribution> contributions = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			double contribution = shapley(i, k, worth);
			if (!Double.isFinite(contribution)) {
				// values near the largest double, whose differences overflow: no movers rather than Infinity
				return List.of();
			}
			contributions.add(new Contribution(terms.get(i), contribution));
		}
		contributions.sort(Comparator.comparing((Contribution c) -> Ranking.key(c.contribution())).reversed());
		return contributions;
	}

	/** The formula with the terms in {@code subset} at their new values and the others at their old ones. */
	private static Value formulaWith(Metric metric, List<Metric> terms, double[] from, double[] to, int subset) {
		Map<Metric, Double> values = new HashMap<>();
		for (int i = 0; i < terms.size(); i++) {
			values.put(terms.get(i), (subset & (1 << i)) != 0 ? to[i] : from[i]);
		}
		return Formula.evaluate(metric.getFormula(), term -> Value.of(values.get(term)));
	}

	private static double shapley(int i, int k, double[] worth) {
		double sum = 0;
		for (int subset = 0; subset < worth.length; subset++) {
			if ((subset & (1 << i)) == 0) {
				int size = Integer.bitCount(subset);
				sum += weight(size, k) * (worth[subset | (1 << i)] - worth[subset]);
			}
		}
		return sum;
	}

	/** |S|! (k - |S| - 1)! / k!: the share of orders in which exactly the terms of S change before term i. */
	private static double weight(int size, int k) {
		double weight = 1.0 / k;
		for (int j = 1; j <= size; j++) {
			weight *= (double) j / (k - j);
		}
		return weight;
	}
}
