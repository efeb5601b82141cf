package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.testing.Fixtures;

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

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
