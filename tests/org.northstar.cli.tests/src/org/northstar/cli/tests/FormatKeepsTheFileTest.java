package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code format} changes the layout and nothing else about a file: not its mode, its links, its
 * line ends or its byte order mark; a file it cannot format is named with the place to look, and
 * the others are formatted all the same.
 */
class FormatKeepsTheFileTest {

	/** Messy layout with comments, so that format has something to do on every line. */
	static final String MESSY = """
			// the team
			team   Growth { lead "Dana" }
			product   Demo {
			  // the north star
			  northstar Paid "Invoices paid on time" { unit invoices   window weekly }
			     input Senders { owner Growth } // trailing
			}
			""";

	@TempDir
	Path dir;

	@Test
	void keepsModeAndLinks() throws IOException {
		Path file = Files.writeString(dir.resolve("model.northstar"), MESSY);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
		Path link = Files.createSymbolicLink(dir.resolve("linked.northstar"), Path.of("model.northstar"));
		Path hardLink = Files.createLink(dir.resolve("hard.northstar"), file);

		Cli cli = Cli.run("format", link.toString());

		assertEquals(0, cli.code(), cli::toString);
		assertTrue(Files.isSymbolicLink(link), "the symbolic link became a regular file");
		String formatted = Files.readString(file);
		assertNotEquals(MESSY, formatted, "the link's target was not formatted");
		assertEquals(formatted, Files.readString(hardLink), "the hard link was broken");
		assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertNoTemporaryFiles();
	}

	@Test
	void keepsWindowsLineEndsEverywhereCommentsIncluded() throws IOException {
		Path file = Files.writeString(dir.resolve("windows.northstar"), MESSY.replace("\n", "\r\n"));
		assertEquals(0, Cli.run("format", file.toString()).code());
		String formatted = Files.readString(file);
		assertNotEquals(MESSY.replace("\n", "\r\n"), formatted);
		assertEquals(formatted.split("\n", -1).length - 1, formatted.split("\r\n", -1).length - 1,
				() -> "a line ends without CR:\n" + formatted.replace("\r", "<CR>"));
		assertEquals(0, Cli.run("format", "--check", file.toString()).code(), "formatting it again changes it");
	}

	@Test
	void keepsLoneCarriageReturns() throws IOException {
		Path file = Files.writeString(dir.resolve("mac.northstar"), MESSY.replace("\n", "\r"));
		Cli cli = Cli.run("format", file.toString());
		assertEquals(0, cli.code(), cli::toString);
		String formatted = Files.readString(file);
		assertFalse(formatted.contains("\n"), () -> formatted.replace("\r", "<CR>\n"));
		assertTrue(formatted.contains("// the north star\r"), formatted);
	}

	@Test
	void acceptsAndKeepsAByteOrderMark() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		Path file = dir.resolve("notepad.northstar");
		Files.write(file, concat(bom, MESSY.getBytes(StandardCharsets.UTF_8)));

		Cli validate = Cli.run("validate", file.toString());
		assertFalse(validate.out().contains("[syntax]"), validate::toString);

		Cli format = Cli.run("format", file.toString());
		assertEquals(0, format.code(), format::toString);
		byte[] formatted = Files.readAllBytes(file);
		assertEquals(bom.length, prefix(formatted, bom), "the byte order mark was lost");
		assertTrue(new String(formatted, StandardCharsets.UTF_8).contains("team Growth {"));
		assertEquals(0, Cli.run("format", "--check", file.toString()).code());
	}

	@Test
	void aClauseGivenTwiceIsNamedWithItsPlaceAndTheOtherFilesAreStillFormatted() throws IOException {
		Path twice = Files.writeString(dir.resolve("a-twice.northstar"), """
				product Demo {
				    data csv "a.csv"
				    data csv "b.csv"
				    northstar N { unit u  formula 1 + 2 formula 3 }
				}
				""");
		Path other = Files.writeString(dir.resolve("b-other.northstar"), MESSY);

		Cli cli = Cli.run("format", dir.toString());

		assertEquals(1, cli.code(), cli::toString);
		assertTrue(cli.err().contains("a-twice.northstar:2:5: not formatted: 'data' is given more than once here"), cli::toString);
		assertFalse(cli.err().contains("Exception"), cli::toString);
		assertNotEquals(MESSY, Files.readString(other), "the file after the broken one was not formatted");
	}

	private void assertNoTemporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(3, files.count(), "a temporary file is left behind");
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static int prefix(byte[] bytes, byte[] prefix) {
		int i = 0;
		while (i < prefix.length && i < bytes.length && bytes[i] == prefix[i]) {
			i++;
		}
		return i;
	}
}
