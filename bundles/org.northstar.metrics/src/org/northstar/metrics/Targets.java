package org.northstar.metrics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.northstar.model.Metric;
import org.northstar.model.Target;

/** Which of a metric's targets counts on a day: the next one due, or the last one when all are past. */
final class Targets {

	private Targets() {
	}

	static Optional<Target> next(Metric metric, LocalDate day) {
		var dated = metric.getTargets().stream().filter(t -> t.getDate() != null && t.getValue() != null)
				.sorted(Comparator.comparing(Target::getDate)).toList();
		return dated.stream().filter(t -> !t.getDate().isBefore(day)).findFirst()
				.or(() -> dated.isEmpty() ? Optional.empty() : Optional.of(dated.get(dated.size() - 1)));
	}
}
