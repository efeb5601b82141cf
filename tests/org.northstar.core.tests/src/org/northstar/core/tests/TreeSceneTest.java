package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.Severity;
import org.northstar.scene.ImagePainter;
import org.northstar.scene.Palette;
import org.northstar.scene.Scene;
import org.northstar.scene.SvgPainter;
import org.northstar.scene.TextMeasurer;
import org.northstar.scene.TreeScene;
import org.northstar.model.Product;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;
import org.w3c.dom.Document;

import com.google.inject.Inject;

/** The invoicely tree as a scene, and the scene drawn as SVG and as an image: the same boxes and words. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class TreeSceneTest {

	@Inject
	private Validation validation;

	private Product product;
	private Scene scene;

	@BeforeEach
	void build() {
		product = validation.workspace().file(Fixtures.INVOICELY, Fixtures.model(Fixtures.INVOICELY)).load()
				.model(Fixtures.INVOICELY).getProducts().get(0);
		Problem problem = new Problem(null, 1, 1, 0, 1, Severity.WARNING, "low-score", "a low score", null);
		scene = new TreeScene(element -> element == product.getNorthStars().get(0) ? List.of(problem, problem) : List.of())
				.of(product);
	}

	@Test
	void everyElementIsABoxWithItsNameAndEveryLinkAnEdge() {
		assertEquals(List.of("Invoicely", "PaidOnTime", "Senders", "InvoicesPerSender", "OnTimeShare", "RemindersPerInvoice",
				"AutoReminders", "DisputeRate", "PaidSeats"), scene.boxes().stream().map(Scene.Box::element).toList());
		assertEquals(8, scene.edges().size());
		List<String> texts = scene.texts().stream().map(Scene.Text::text).toList();
		assertTrue(texts.contains("Senders") && texts.contains("invoices · weekly"), texts::toString);
	}

	@Test
	void aFoldedNodeHidesItsSubtreeAndSaysHowMany() {
		Scene folded = new TreeScene(element -> List.of(), element -> ((org.northstar.model.NamedElement) element).getName(),
				element -> element == product.getInputs().get(2)).of(product);
		assertEquals(List.of("Invoicely", "PaidOnTime", "Senders", "InvoicesPerSender", "OnTimeShare", "DisputeRate", "PaidSeats"),
				folded.boxes().stream().map(Scene.Box::element).toList(), "OnTimeShare's sub-input and work stream are folded away");
		assertEquals(6, folded.edges().size());
		Scene.Badge hidden = folded.badges().stream().filter(b -> b.text().equals("+2")).findFirst().orElseThrow();
		assertTrue(hidden.tooltip().contains("2 elements are folded away"), hidden.tooltip());
	}

	@Test
	void boxesAreNamedByTheGivenKeys() {
		Scene keyed = new TreeScene(element -> List.of(), element -> "key:" + ((org.northstar.model.NamedElement) element).getName(),
				element -> false).of(product);
		assertEquals("key:Invoicely", keyed.boxes().get(0).element());
	}

	@Test
	void aFileIsItsTeamsInARowAboveItsProducts() {
		org.northstar.model.NorthStarModel model = (org.northstar.model.NorthStarModel) product.eContainer();
		Scene file = org.northstar.scene.FileScene.of(model, new TreeScene(element -> List.of()));
		List<String> elements = file.boxes().stream().map(Scene.Box::element).toList();
		assertEquals(List.of("Growth", "Billing", "Payments"), elements.subList(0, 3));
		double teamsBottom = file.boxes().subList(0, 3).stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
		assertTrue(file.boxes().subList(3, file.boxes().size()).stream().allMatch(b -> b.y() > teamsBottom), "products below the teams");
		assertTrue(file.boxes().subList(0, 3).stream().allMatch(b -> b.y() == file.boxes().get(0).y()), "teams in one row");
	}

	@Test
	void edgesToInputsShowHowTheyDriveTheirParent() {
		assertEquals(List.of("×", "×", "×", "~"), scene.edges().stream().map(Scene.Edge::label).filter(l -> l != null).toList());
	}

	@Test
	void inputsCarryTheirOwnerAndTheirDimensionColour() {
		assertTrue(scene.badges().stream().anyMatch(b -> b.text().equals("Growth")));
		Scene.Box senders = scene.boxes().stream().filter(b -> b.element().equals("Senders")).findFirst().orElseThrow();
		assertEquals(Palette.of(org.northstar.model.Dimension.BREADTH), senders.accent());
	}

	@Test
	void problemsBecomeABadgeWithCountWorstSeverityAndMessages() {
		Scene.Badge badge = scene.badges().stream().filter(b -> b.text().equals("2")).findFirst().orElseThrow();
		assertEquals(Palette.of(Severity.WARNING), badge.fill());
		assertTrue(badge.tooltip().contains("[low-score] a low score"));
	}

	@Test
	void longDescriptionsWrapWithinTheBox() {
		TextMeasurer measurer = new TextMeasurer();
		for (Scene.Text text : scene.texts()) {
			Scene.Box box = scene.boxes().stream().filter(b -> text.x() >= b.x() && text.x() <= b.x() + b.width()
					&& text.y() >= b.y() && text.y() <= b.y() + b.height()).findFirst().orElseThrow(() -> new AssertionError(text));
			assertTrue(text.x() + measurer.width(text.text(), text.bold(), text.size()) <= box.x() + box.width() + 1, text.text());
		}
	}

	@Test
	void theSvgHoldsEveryBoxAndWord() throws Exception {
		StringWriter svg = new StringWriter();
		new SvgPainter().paint(scene, svg);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.toString().getBytes(StandardCharsets.UTF_8)));
		assertEquals(scene.boxes().size(), document.getElementsByTagName("g").getLength() - scene.badges().size());
		assertTrue(svg.toString().contains(">PaidOnTime<"));
	}

	@Test
	void theImageHasTheScenesSizeAndIsDrawn() {
		BufferedImage image = new ImagePainter().paint(scene, 2);
		assertEquals((int) Math.ceil(scene.width() * 2), image.getWidth());
		Scene.Box northStar = scene.boxes().get(1);
		int fill = image.getRGB((int) ((northStar.x() + northStar.width() / 2) * 2), (int) ((northStar.y() + 4) * 2));
		assertEquals(Integer.parseInt(northStar.fill().substring(1), 16), fill & 0xffffff, "the North Star box is filled");
	}
}
