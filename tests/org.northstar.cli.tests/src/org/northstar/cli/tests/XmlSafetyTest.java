package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, part 6 (XML): North Star reads no XML of its users (models are text, data is CSV or
 * SQL; plugin.xml is the platform's), so no parser of ours can be led to a file by an external
 * entity. The first test keeps it so; the second shows that the XML we write (SVG export) cannot
 * carry an entity that a reader of the picture would resolve.
 */
class XmlSafetyTest {

	/** The JDK's XML readers: a bundle that starts using one must refuse DOCTYPEs (and say so in RELIABILITY.md). */
	private static final Pattern XML_READERS = Pattern.compile(
			"DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|XMLReaderFactory|TransformerFactory|SchemaFactory"
					+ "|XPathFactory|XMLResourceImpl|XMIResourceFactoryImpl|XMLResourceFactoryImpl");

	@TempDir
	Path dir;

	@Test
	void noBundleReadsXml() throws IOException {
		Path bundles = Path.of(System.getProperty("user.dir")).resolve("../../bundles").normalize();
		assertTrue(Files.isDirectory(bundles.resolve("org.northstar.core/src")), "the bundles' sources are not at " + bundles);
		try (Stream<Path> files = Files.walk(bundles)) {
			List<String> readers = files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/"))
					.filter(XmlSafetyTest::usesAnXmlReader).map(bundles::relativize).map(Path::toString).toList();
			assertEquals(List.of(), readers, "these read XML: give their parser disallow-doctype-decl and test it with an XXE payload");
		}
	}

	@Test
	void anEntityTypedIntoAModelIsWrittenAsTextNotAsAnEntity() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-value");
		String payload = "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \\\"" + secret.toUri() + "\\\">]>&xxe;";
		Path model = Files.writeString(dir.resolve("xxe.northstar"),
				"product Xxe \"" + payload + "\" {\n    northstar N \"&xxe; ]]> <x/>\" { unit u window weekly }\n}\n");
		Path svg = dir.resolve("xxe.svg");

		Cli cli = Cli.run("export", "--out", svg.toString(), model.toString());

		assertEquals(0, cli.code(), cli::toString);
		String written = Files.readString(svg);
		assertFalse(written.contains("<!DOCTYPE"), "no DOCTYPE reaches the picture: " + written);
		// a reader with the JDK's defaults, which do resolve external entities, finds only text
		String read = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTextContent();
		assertFalse(read.contains("the-secret-value"), read);
		assertTrue(read.contains("&xxe;"), "the payload stays visible as the text it was: " + read);
	}

	private static boolean usesAnXmlReader(Path source) {
		try {
			return XML_READERS.matcher(Files.readString(source)).find();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
