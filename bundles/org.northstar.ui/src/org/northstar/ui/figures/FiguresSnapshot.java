package org.northstar.ui.figures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.northstar.metrics.Period;

/**
 * The figures of one model file at one moment; immutable, safe to hand to any thread.
 *
 * @param products  each product of the model with figures, in the order written; the last good
 *                  figures while a load runs and after one failed
 * @param errors    what went wrong in the last load (empty when it went well)
 * @param loadedAt  when the figures shown were loaded (null: never)
 * @param loading   whether a load is under way
 * @param asOf      the period asked for (null: the latest of each product's data)
 * @param comparison the period compared with (null: each metric's previous period)
 */
public record FiguresSnapshot(IFile file, List<ProductFigures> products, List<LoadError> errors, Instant loadedAt,
		boolean loading, Period asOf, Period comparison) {

	public FiguresSnapshot {
		products = List.copyOf(products);
		errors = List.copyOf(errors);
	}

	static FiguresSnapshot empty(IFile file) {
		return new FiguresSnapshot(file, List.of(), List.of(), null, false, null, null);
	}

	public Optional<ProductFigures> product(String name) {
		return products.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** Whether a what-if value moves any figure of the model. */
	public boolean hypothetical() {
		return products.stream().anyMatch(ProductFigures::hypothetical);
	}
}
