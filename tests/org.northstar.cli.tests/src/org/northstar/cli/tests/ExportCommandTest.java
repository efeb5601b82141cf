package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.testing.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code northstar export}: SVG and PNG pictures of a model's trees, drawn without a display. */
class ExportCommandTest {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G' };

	@TempDir
	Path dir;

	@Test
	void svgIsWrittenBesideTheModelWithEveryMetricAndOwner() throws IOException {
		Path model = write("invoicely.northstar", Fixtures.model(Fixtures.INVOICELY));
		Cli cli = Cli.run("export", model.toString());
		assertEquals(0, cli.code(), cli::toString);
		Path svg = dir.resolve("invoicely.svg");
		assertEquals(svg.toString(), cli.out().trim());
		String picture = Files.readString(svg);
		assertTrue(picture.startsWith("<?xml") && picture.contains("<svg"), picture);
		for (String name : new String[] { "Invoicely", "PaidOnTime", "Senders", "OnTimeShare", "DisputeRate", "Growth" }) {
			assertTrue(picture.contains(">" + name + "<"), name);
		}
	}

	@Test
	void pngGoesWhereItIsToldAndIsAPicture() throws IOException {
		Path model = write("invoicely.northstar", Fixtures.model(Fixtures.INVOICELY));
		Path png = dir.resolve("out/tree.png");
		Cli cli = Cli.run("export", "--format", "png", "--out", png.toString(), model.toString());
		assertEquals(0, cli.code(), cli::toString);
		assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), 4));
	}

	@Test
	void aModelWithSyntaxErrorsIsNotDrawn() throws IOException {
		Path model = write("broken.northstar", "package p\nproduct Broken {\n  northstar X \"x\" {\n");
		Cli cli = Cli.run("export", model.toString());
		assertEquals(1, cli.code(), cli::toString);
		assertTrue(cli.err().contains("syntax errors"), cli::toString);
		assertFalse(Files.exists(dir.resolve("broken.svg")));
	}

	@Test
	void anUnknownFormatOrMissingFileIsAUsageError() throws IOException {
		Path model = write("invoicely.northstar", Fixtures.model(Fixtures.INVOICELY));
		assertEquals(2, Cli.run("export", "--format", "gif", model.toString()).code());
		Cli missing = Cli.run("export", dir.resolve("nothing.northstar").toString());
		assertEquals(2, missing.code());
		assertTrue(missing.err().contains("no such file"), missing::toString);
	}

	@Test
	void aProductWithDataShowsItsFiguresAndTheDataRulesBadges() throws Exception {
		Path model = write("shop.northstar", SHOP);
		write("shop.csv", SHOP_DATA);
		Cli cli = Cli.run("export", model.toString());
		assertEquals(0, cli.code(), cli::toString);
		Document svg = svg(dir.resolve("shop.svg"));
		Element orders = box(svg, "t.Shop.Orders");
		assertTrue(textsIn(svg, orders).containsAll(List.of("Orders", "132", "orders", "+10.0%")), () -> textsIn(svg, orders).toString());
		Element refunds = box(svg, "t.Shop.Refunds");
		assertTrue(textsIn(svg, refunds).containsAll(List.of("3.5", "+25.0%")), () -> textsIn(svg, refunds).toString());
		assertTrue(polygonsIn(svg, refunds).contains("#d62828"), "the breached guardrail's red stripe (and its red arrow: lower is better)");
		assertTrue(polygonsIn(svg, orders).contains("#2e7d32"), "the North Star's green arrow and stripe");
		List<String> texts = texts(svg);
		assertTrue(texts.contains("×  r 1.00"), "r of Buyers with Orders on its edge: " + texts);
		assertTrue(svg.getElementsByTagName("polyline").getLength() > 3, "edges and sparklines");
		assertTrue(titles(svg).stream().anyMatch(t -> t.contains("[guardrail-breached]")), "the data rule's badge: " + titles(svg));
	}

	@Test
	void noValuesHidesTheFiguresAndAModelWithoutDataHasNone() throws Exception {
		Path model = write("shop.northstar", SHOP);
		write("shop.csv", SHOP_DATA);
		Cli hidden = Cli.run("export", "--no-values", model.toString());
		assertEquals(0, hidden.code(), hidden::toString);
		Document svg = svg(dir.resolve("shop.svg"));
		assertFalse(texts(svg).contains("132"), texts(svg)::toString);
		assertEquals(0, svg.getElementsByTagName("polygon").getLength());
		assertTrue(texts(svg).contains("×"));

		Path plain = write("invoicely.northstar", Fixtures.model(Fixtures.INVOICELY));
		assertEquals(0, Cli.run("export", plain.toString()).code());
		assertEquals(0, svg(dir.resolve("invoicely.svg")).getElementsByTagName("polygon").getLength(), "no data, no figures");
	}

	@Test
	void dataThatCannotBeLoadedIsSaidAndTheTreeIsStillDrawn() throws Exception {
		Path model = write("shop.northstar", SHOP);
		write("shop.csv", "period,Orders\n2026-W45,many\n");
		Cli cli = Cli.run("export", model.toString());
		assertEquals(2, cli.code(), cli::toString);
		assertTrue(cli.err().contains("shop.csv:2"), cli::toString);
		assertTrue(texts(svg(dir.resolve("shop.svg"))).contains("Orders"));
	}

	private static final String SHOP = """
			package t
			product Shop {
			    data csv "shop.csv"
			    northstar Orders "Orders a week" {
			        unit orders  window weekly
			        formula Buyers * OrdersPerBuyer
			        target 200 by 2027-01-31
			    }
			    input Buyers "People who buy" { unit buyers  relation multiplicative }
			    input OrdersPerBuyer "Orders per buyer" { relation multiplicative }
			    guardrail Refunds "Refunds per 100 orders" { direction lower  threshold 3 }
			}
			""";

	/** Orders = Buyers * 2: r of Buyers with Orders is 1; OrdersPerBuyer never moves (no r); Refunds end above 3. */
	private static final String SHOP_DATA = """
			period,Orders,Buyers,OrdersPerBuyer,Refunds
			2026-W45,100,50,2,2
			2026-W46,110,55,2,2.5
			2026-W47,120,60,2,2.8
			2026-W48,132,66,2,3.5
			""";

	private static Document svg(Path file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
	}

	private static Element box(Document svg, String element) {
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (element.equals(group.getAttribute("data-element"))) {
				return (Element) group.getElementsByTagName("rect").item(0);
			}
		}
		throw new AssertionError("no box of " + element);
	}

	private static List<String> texts(Document svg) {
		return contents(svg, "text");
	}

	private static List<String> titles(Document svg) {
		return contents(svg, "title");
	}

	private static List<String> contents(Document svg, String tag) {
		List<String> contents = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			contents.add(nodes.item(i).getTextContent());
		}
		return contents;
	}

	private static List<String> textsIn(Document svg, Element box) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element text = (Element) nodes.item(i);
			if (inside(box, number(text, "x"), number(text, "y"))) {
				texts.add(text.getTextContent());
			}
		}
		return texts;
	}

	/** The fill colours of the polygons (stripes, arrows) lying in the box. */
	private static List<String> polygonsIn(Document svg, Element box) {
		List<String> fills = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName("polygon");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element polygon = (Element) nodes.item(i);
			boolean inside = Arrays.stream(polygon.getAttribute("points").split(" ")).allMatch(point -> {
				String[] xy = point.split(",");
				return inside(box, Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
			});
			if (inside) {
				fills.add(polygon.getAttribute("fill"));
			}
		}
		return fills;
	}

	private static boolean inside(Element box, double x, double y) {
		double left = number(box, "x");
		double top = number(box, "y");
		return x >= left && x <= left + number(box, "width") && y >= top && y <= top + number(box, "height");
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
