package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.BadFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Files no one should write, as people still do: each gets one clear message naming the file
 * (and the line and column when there is one), within the default heap, without a stack overflow
 * or a hang, and never at the expense of the other files' report.
 */
class BadFilesTest {

	private static final Duration NO_HANG = Duration.ofSeconds(120);

	/** A good file beside the bad one, with one finding that must always be reported. */
	private static final String GOOD = """
			package demo
			team Growth { lead "Dana" }
			product Good {
			    northstar Paid "Invoices paid on time" { unit invoices window weekly }
			    input Senders { owner Nobody }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void binaryFiftyMegabytesInvalidUtf8AndAMegabyteLineEachGetOneMessage() throws IOException {
		Files.write(dir.resolve("binary.northstar"), BadFiles.binary());
		Files.write(dir.resolve("huge.northstar"), BadFiles.fiftyMegabytes());
		Files.write(dir.resolve("latin1.northstar"), BadFiles.latin1());
		Files.writeString(dir.resolve("oneline.northstar"), BadFiles.megabyteLine());
		Files.writeString(dir.resolve("good.northstar"), GOOD);

		Cli cli = validate("--format", "json", dir.toString());

		JsonNode issues = new ObjectMapper().readTree(cli.out()).get("issues");
		assertEquals(1, errorsOf(issues, "binary.northstar"), cli::toString);
		assertEquals(1, errorsOf(issues, "huge.northstar"), cli::toString);
		assertEquals(1, errorsOf(issues, "latin1.northstar"), cli::toString);
		assertEquals(0, errorsOf(issues, "oneline.northstar"), cli::toString);
		assertTrue(cli.out().contains(RuleIds.UNRESOLVED_REFERENCE), "the good file's finding is missing: " + cli);
		assertClean(cli);
	}

	@Test
	void tenThousandNestedInputsAreTooDeepAtALineAndColumn() throws IOException {
		Path deep = Files.writeString(dir.resolve("deep.northstar"), BadFiles.nestedInputs(10_000));
		Files.writeString(dir.resolve("good.northstar"), GOOD);

		Cli cli = validate(dir.toString());

		assertTrue(cli.out().contains(dir.resolve("deep.northstar") + ":101:11: error [syntax] Nesting too deep"), cli::toString);
		assertTrue(cli.out().contains("good.northstar:5:27: error [unresolved-reference]"), cli::toString);
		assertEquals(1, cli.code());
		assertClean(cli);

		Cli format = assertTimeoutPreemptively(NO_HANG, () -> Cli.run("format", deep.toString()));
		assertTrue(format.err().contains("syntax errors"), format::toString);
		assertClean(format);
	}

	@Test
	void deepParenthesesMinusSignsAndLongFormulasGetAClearMessage() throws IOException {
		String head = "product P {\n    northstar N { formula ";
		Files.writeString(dir.resolve("parens.northstar"), head + "(".repeat(2000) + "A" + ")".repeat(2000) + " }\n}\n");
		Files.writeString(dir.resolve("minus.northstar"), head + "- ".repeat(5000) + "A }\n}\n");
		Files.writeString(dir.resolve("long.northstar"), head + String.join(" + ", java.util.Collections.nCopies(20_000, "N")) + " }\n}\n");
		Path thousand = Files.writeString(dir.resolve("thousand.northstar"),
				head + String.join(" * ", java.util.Collections.nCopies(1000, "N")) + " }\n}\n");

		Cli cli = validate(dir.toString());

		// two braces are open, the first parenthesis is at column 27: the 99th is the 101st level
		assertTrue(cli.out().contains("parens.northstar:2:125: error [syntax] Nesting too deep"), cli::toString);
		assertTrue(cli.out().contains("minus.northstar:2:"), cli::toString);
		assertTrue(cli.out().contains("long.northstar:2:") && cli.out().contains("more than 1000 terms"), cli::toString);
		assertTrue(cli.out().lines().noneMatch(line -> line.contains("thousand.northstar") && line.contains("[syntax]")), cli::toString);
		assertClean(cli);

		Cli format = assertTimeoutPreemptively(NO_HANG, () -> Cli.run("format", thousand.toString()));
		assertEquals(0, format.code(), format::toString);
		assertClean(format);
	}

	@Test
	void aFolderNamedLikeAModelIsSearchedAndAPipeIsSkippedWithAMessage() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("inner.northstar"));
		Files.writeString(folder.resolve("good.northstar"), GOOD);
		Path fifo = dir.resolve("pipe.northstar");
		assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");

		Cli cli = validate(dir.toString());

		assertTrue(cli.err().contains("pipe.northstar: skipped, not a regular file"), cli::toString);
		assertTrue(cli.out().contains("inner.northstar/good.northstar:5:27: error [unresolved-reference]"), cli::toString);

		Cli named = validate(fifo.toString());
		assertEquals(2, named.code(), named::toString);
		assertTrue(named.err().contains("pipe.northstar: not a regular file"), named::toString);
	}

	@Test
	void anUnreadableFileIsReportedAndTheOthersStillAre() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.northstar"), GOOD);
		Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(secret), "run as root: every file is readable");
		Files.writeString(dir.resolve("good.northstar"), GOOD);

		for (String format : List.of("text", "json", "sarif")) {
			Cli cli = validate("--format", format, dir.toString());
			assertEquals(2, cli.code(), cli::toString);
			assertTrue(cli.out().contains("secret.northstar") && cli.out().contains("unreadable"), cli::toString);
			assertTrue(cli.out().contains(RuleIds.UNRESOLVED_REFERENCE), cli::toString);
		}
	}

	@Test
	void exportedSvgIsWellFormedWhateverCharactersTheDescriptionsHold() throws Exception {
		char escape = 0x1B;
		char bell = 0x07;
		char formFeed = 0x0C;
		char verticalTab = 0x0B;
		Path model = Files.writeString(dir.resolve("odd.northstar"), "product Odd \"form" + formFeed + "feed" + verticalTab
				+ "\" {\n    northstar N \"escape" + escape + " bell" + bell + " half \\uD83D \\uDC00\" { unit u window weekly }\n}\n");
		Path svg = dir.resolve("odd.svg");

		Cli cli = Cli.run("export", "--out", svg.toString(), model.toString());

		assertEquals(0, cli.code(), cli::toString);
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertTrue(Files.readString(svg).contains("escape\uFFFD"), "the character's place is no longer visible");
	}

	private static Cli validate(String... arguments) {
		List<String> all = new ArrayList<>(List.of("validate"));
		all.addAll(List.of(arguments));
		return assertTimeoutPreemptively(NO_HANG, () -> Cli.run(all.toArray(String[]::new)));
	}

	private static long errorsOf(JsonNode issues, String fileName) {
		long count = 0;
		for (JsonNode issue : issues) {
			if (issue.get("file").asText().endsWith(fileName) && issue.get("severity").asText().equals("error")) {
				count++;
			}
		}
		return count;
	}

	/** No stack trace and no internal error: what a person reads is a message. */
	private static void assertClean(Cli cli) {
		String all = cli.out() + cli.err();
		assertFalse(all.contains("internal error") || all.contains("Exception") || all.contains("\tat "), cli::toString);
	}
}
