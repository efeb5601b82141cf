package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.scene.Palette;
import org.northstar.scene.Scene;
import org.northstar.scene.SceneFigures;
import org.northstar.scene.SvgPainter;
import org.northstar.scene.TreeScene;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Series;
import org.northstar.model.Metric;
import org.northstar.model.NamedElement;
import org.northstar.model.Product;
import org.northstar.metrics.Status;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * The figures of a product's data on its tree: value, unit, trend arrow, change, status stripe and
 * sparkline on each metric's node, r on each edge that has one; what-if figures in italics inside a
 * dashed outline; nothing without data.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class SceneFiguresTest {

	@Inject
	private Validation validation;

	private Product product;
	private Calculator measured;

	@BeforeEach
	void load() {
		product = validation.workspace().file(Fixtures.INVOICELY, Fixtures.model(Fixtures.INVOICELY)).load()
				.model(Fixtures.INVOICELY).getProducts().get(0);
		Map<String, Series> data = new LinkedHashMap<>();
		// PaidOnTime = Senders * 2 * 0.5 every week: r of Senders with it is 1; DisputeRate ends above its 2.5
		data.put("PaidOnTime", weekly(100, 110, 120, 130));
		data.put("Senders", weekly(100, 110, 120, 130));
		data.put("InvoicesPerSender", weekly(2, 2, 2, 2));
		data.put("OnTimeShare", weekly(0.5, 0.5, 0.5, 0.5));
		data.put("DisputeRate", weekly(2, 2.2, 2.4, 3.2));
		measured = new Calculator(new Measurements(data));
	}

	@Test
	void eachMetricShowsItsValueTrendStatusAndSparkline() throws Exception {
		Scene scene = scene(SceneFigures.of(List.of(ProductStatus.of(product, measured, null))));
		Scene.Box northStar = box(scene, "PaidOnTime");
		Scene.Text value = textIn(scene, northStar, "130");
		assertTrue(value.bold() && !value.italic(), value::toString);
		textIn(scene, northStar, "invoices");
		assertEquals(Palette.BETTER, textIn(scene, northStar, "+8.3%").color(), "130 after 120 is +8.3 %, the North Star's way");
		assertTrue(marksIn(scene, northStar).stream().anyMatch(m -> m.filled() && m.color().equals(Palette.BETTER) && m.points().size() == 3),
				"a green arrow");
		assertTrue(marksIn(scene, northStar).stream().anyMatch(m -> !m.filled() && m.points().size() == 4 && m.color().equals(Palette.SPARKLINE)),
				"a sparkline of the four weeks");

		Scene.Box guardrail = box(scene, "DisputeRate");
		textIn(scene, guardrail, "3.2");
		assertEquals(Palette.WORSE, textIn(scene, guardrail, "+33.3%").color(), "a guardrail that should go down went up");
		Scene.Mark stripe = marksIn(scene, guardrail).stream().filter(m -> m.filled() && m.points().size() == 4).findFirst().orElseThrow();
		assertEquals(Palette.of(Status.BREACHED), stripe.color());
		assertTrue(stripe.points().stream().allMatch(p -> p.x() > guardrail.x() + guardrail.width() - 8), "the stripe is on the right edge");

		assertEquals(List.of("×  r 1.00", "×", "×", "~"), scene.edges().stream().map(Scene.Edge::label).filter(l -> l != null).toList(),
				"r where the data gives one (InvoicesPerSender and OnTimeShare never move: no r)");
		StringWriter svg = new StringWriter();
		new SvgPainter().paint(scene, svg);
		assertTrue(svg.toString().contains(">130<") && svg.toString().contains(">×  r 1.00<"), svg::toString);
		assertTrue(svg.toString().contains("<polygon points=") && svg.toString().contains("fill=\"" + Palette.WORSE + "\""), svg::toString);
	}

	@Test
	void whatIfFiguresAreMarkedHypothetical() throws Exception {
		Metric senders = product.getInputs().get(0);
		ProductStatus asMeasured = ProductStatus.of(product, measured, null);
		ProductStatus whatIf = ProductStatus.of(product, measured.with(senders, 200), null);
		Scene scene = scene(SceneFigures.whatIf(List.of(whatIf), List.of(asMeasured), List.of()));
		Scene.Box northStar = box(scene, "PaidOnTime");
		// 130 measured, moved by its formula's change: 200 * 2 * 0.5 - 130 * 2 * 0.5 = +70
		Scene.Text value = textIn(scene, northStar, "200");
		assertTrue(value.italic(), value::toString);
		assertEquals(Palette.HYPOTHETICAL, value.color());
		assertTrue(outlined(scene, northStar) && outlined(scene, box(scene, "Senders")));
		assertFalse(outlined(scene, box(scene, "OnTimeShare")), "a figure the what-if does not move is not hypothetical");
		StringWriter svg = new StringWriter();
		new SvgPainter().paint(scene, svg);
		assertTrue(svg.toString().contains("font-style=\"italic\"") && svg.toString().contains("stroke-dasharray"), svg::toString);
	}

	@Test
	void changesAreAgainstAChosenComparisonPeriod() {
		ProductStatus latest = ProductStatus.of(product, measured, null);
		ProductStatus weekTwo = ProductStatus.of(product, measured, Period.parse("2026-W02").orElseThrow());
		Scene scene = scene(SceneFigures.whatIf(List.of(latest), List.of(latest), List.of(weekTwo)));
		// 130 against 110 in week two: +18.2 %; DisputeRate 3.2 against 2.2: +45.5 %, red (lower is better)
		assertEquals(Palette.BETTER, textIn(scene, box(scene, "PaidOnTime"), "+18.2%").color());
		assertEquals(Palette.WORSE, textIn(scene, box(scene, "DisputeRate"), "+45.5%").color());
	}

	@Test
	void withoutDataThereAreNoFigures() {
		Scene none = scene(SceneFigures.of(List.of(ProductStatus.of(product, new Calculator(Measurements.none()), null))));
		assertTrue(none.marks().isEmpty(), none.marks()::toString);
		assertEquals(List.of("×", "×", "×", "~"), none.edges().stream().map(Scene.Edge::label).filter(l -> l != null).toList());
		assertEquals(scene(SceneFigures.NONE).texts(), none.texts());
	}

	private Scene scene(SceneFigures figures) {
		return new TreeScene(element -> List.of(), element -> ((NamedElement) element).getName(), element -> false, figures).of(product);
	}

	private static Scene.Box box(Scene scene, String name) {
		return scene.boxes().stream().filter(b -> b.element().equals(name)).findFirst().orElseThrow();
	}

	private static Scene.Text textIn(Scene scene, Scene.Box box, String text) {
		return scene.texts().stream().filter(t -> t.text().equals(text) && inside(box, t.x(), t.y())).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + text + "' in " + box.element() + ": " + scene.texts()));
	}

	private static List<Scene.Mark> marksIn(Scene scene, Scene.Box box) {
		return scene.marks().stream().filter(m -> m.points().stream().allMatch(p -> inside(box, p.x(), p.y()))).toList();
	}

	private static boolean outlined(Scene scene, Scene.Box box) {
		return scene.marks().stream().anyMatch(m -> m.dashed() && m.color().equals(Palette.HYPOTHETICAL)
				&& m.points().stream().allMatch(p -> p.x() <= box.x() || p.x() >= box.x() + box.width())
				&& m.points().get(0).x() == box.x() - 3 && m.points().get(0).y() == box.y() - 3);
	}

	private static boolean inside(Scene.Box box, double x, double y) {
		return x >= box.x() && x <= box.x() + box.width() && y >= box.y() && y <= box.y() + box.height();
	}

	private static Series weekly(double... values) {
		Map<Period, Double> series = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			series.put(Period.parse("2026-W0" + (i + 1)).orElseThrow(), values[i]);
		}
		return Series.of(series);
	}
}
