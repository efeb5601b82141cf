package org.northstar.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.northstar.model.Metric;

/**
 * How much a metric moves when each metric of its formula moves: the metric's change
 * for a +10 % change of each term, recursively through the terms' own formulas,
 * ranked by the size of the change (the sign kept: a negative effect means the
 * metric falls when that term rises).
 */
public final class Sensitivity {

	/** The change each term is given: +10 %. */
	public static final double STEP = 0.10;

	/** The metric's change when {@code term} rises by 10 %. */
	public record Effect(Metric term, double effect) {
	}

	private Sensitivity() {
	}

	public static List<Effect> of(Metric metric, Period period, Calculator calculator) {
		Value base = calculator.value(metric, period);
		if (!base.present()) {
			return List.of();
		}
		List<Effect> effects = new ArrayList<>();
		for (Metric term : termsBelow(metric)) {
			Value value = calculator.value(term, period);
			if (value.present()) {
				Value moved = calculator.with(term, value.number() * (1 + STEP)).value(metric, period);
				double effect = moved.number() - base.number();
				if (moved.present() && Double.isFinite(effect)) {
					effects.add(new Effect(term, effect));
				}
			}
		}
		effects.sort(Comparator.comparing((Effect e) -> Ranking.key(Math.abs(e.effect()))).reversed());
		return effects;
	}

	/** Every metric the formula names, and those their formulas name, each once, in reading order. */
	public static Set<Metric> termsBelow(Metric metric) {
		Set<Metric> found = new LinkedHashSet<>();
		collect(metric, found);
		found.remove(metric);
		return found;
	}

	private static void collect(Metric metric, Set<Metric> found) {
		for (Metric term : Formula.terms(metric.getFormula())) {
			if (found.add(term)) {
				collect(term, found);
			}
		}
	}
}
