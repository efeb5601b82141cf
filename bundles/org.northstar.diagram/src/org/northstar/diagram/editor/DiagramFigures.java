package org.northstar.diagram.editor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.northstar.scene.SceneFigures;
import org.northstar.metrics.FigureText;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.ui.figures.FiguresSnapshot;
import org.northstar.ui.figures.ModelFigures;
import org.northstar.ui.figures.ProductFigures;

/**
 * The figures the diagram draws: the workbench's live figures of its file (shared with the
 * dashboard, so a what-if, an "as of" period or a comparison period chosen there shows here too),
 * unless the user hid them. What-if values
 * are set and reset here and never written to the model.
 */
final class DiagramFigures {

	private final ModelFigures live;
	private final Consumer<FiguresSnapshot> listener;
	private volatile boolean shown = true;

	/** @param changed called on any thread when new figures come in */
	DiagramFigures(IFile file, Runnable changed) {
		live = NorthStarUiPlugin.figures().figuresOf(file);
		listener = snapshot -> changed.run();
		live.addListener(listener);
	}

	/** What the scene draws now: the figures with what-if values applied (marked hypothetical), or none when hidden. */
	SceneFigures scene() {
		if (!shown) {
			return SceneFigures.NONE;
		}
		List<ProductFigures> products = live.current().products();
		return SceneFigures.whatIf(products.stream().map(ProductFigures::status).toList(),
				products.stream().map(ProductFigures::measured).toList(),
				products.stream().map(ProductFigures::compared).filter(Objects::nonNull).toList());
	}

	boolean shown() {
		return shown;
	}

	void toggle() {
		shown = !shown;
	}

	void setWhatIf(String product, String metric, double value) {
		live.setWhatIf(product, metric, value);
	}

	void reset() {
		live.resetWhatIf();
	}

	boolean hypothetical() {
		return live.current().hypothetical();
	}

	/** The banner over hypothetical figures: which values are set, that nothing is written, how to go back. */
	String banner() {
		if (!hypothetical()) {
			return null;
		}
		String values = live.current().products().stream().flatMap(p -> p.whatIf().entrySet().stream())
				.sorted(Map.Entry.comparingByKey())
				.map(entry -> entry.getKey() + " = " + FigureText.text(entry.getValue())).collect(Collectors.joining(", "));
		return "Hypothetical — what if " + values + " (nothing is written to the model). Reset: Esc, or Reset What-If.";
	}

	void dispose() {
		live.removeListener(listener);
	}
}
