package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;
import org.northstar.dsl.ide.edit.TreeEdits;
import org.northstar.model.Input;
import org.northstar.model.NamedElement;
import org.northstar.testing.Fixtures;
import org.northstar.testing.TestSession;

/**
 * The tree editor's commands, each as the text it writes: new elements where an analyst would put
 * them, everything else (comments, layout) byte for byte as it was.
 */
class TreeEditsTest {

	private static final URI FILE = URI.createURI("test:/project/invoicely.northstar");
	private static final String TEXT = Fixtures.model(Fixtures.INVOICELY);
	private static final String PRODUCT = "acme.invoicely.Invoicely";

	private final ModelSnapshots snapshots = TestSession.get().get(ModelSnapshots.class);

	/** The example project the studio ships, read from its bundle (the tests run in their own bundle's folder). */
	private static final Path EXAMPLE = Path.of("../../bundles/org.northstar.studio/examples/acme-strategy");

	/** The Streamline example as SerializerFuzz reduced it (two inputs, one query mangled). */
	private static final String STREAMLINE_AS_FUZZED = """
			// streamline.northstar: a podcast app, in its first draft.
			// The draft keeps three classic mistakes so that the validator has something to say:
			// a vanity North Star, an input no team owns and no guardrail.
			package acme

			product Streamline {
			    value "Listeners find shows worth their commute and keep coming back to them"
			    game  attention

			    northstar DailyActiveUsers "Daily active users" {
			        unit users  window daily
			        query "SELECT period, DailyActiveUsers FROM '${folder}/data/streamline.parquet'"
			    }

			    input NewListeners "Listeners who finish their first episode" {
			        dimension breadth    unit listeners  window weekly
			        owner Growth         relation additive
			        query "SELECT period, NewListeners FROM '${folder}/data/streamline.parquet'"
			    }
			    input EpisodesPerListener "Episodes finished per listener" {
			        dimension depth      unit episodes   window weekly
			        owner Listening      relation multiplicative
			        query "SELECT period, EpisodesPerListener FROM '${folder}/data/strearquet'"
			    }

			    kpi Subscriptions "Paying subscribers" {
			        follows DailyActiveUsers
			        query "SELECT period, Subscriptions FROM '${folder}/data/streamline.parquet'"
			    }

			    workstream SmartQueue "A queue that continues the show you stopped" {
			        team Listening  targets EpisodesPerListener
			        hypothesis "Auto-continuing a show lifts episodes per listener by 10%"
			    }

			    // a year of weekly figures in a Parquet file, read by the built-in DuckDB (see data/README.md)
			    data duckdb
			}
			""";

	@Test
	void anInputIsAddedAfterTheLastInput() {
		String edited = edit(TEXT, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element(PRODUCT)));
		String onTimeShare = block(TEXT, "input OnTimeShare");
		int end = TEXT.indexOf(onTimeShare) + onTimeShare.length();
		assertOnlyInserted(edited, end, "\n    input Input");
	}

	@Test
	void aNewLastMemberIsIndentedLikeItsSiblingsAndTheBracesStay() {
		String text = "package p\n\nproduct P {\n    northstar N \"n\" {\n        unit u window weekly\n    }\n    input A \"a\" {\n        unit u\n    }\n}\n";
		String withInput = edit(text, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element("p.P")));
		assertEquals(text.replace("        unit u\n    }\n}", "        unit u\n    }\n    input Input\n}"), withInput);
		String withSub = edit(text, s -> TreeEdits.add(s.model(), ElementKind.SUB_INPUT, s.element("p.P.A")));
		assertEquals(text.replace("        unit u\n    }\n}", "        unit u\n        input SubInput\n    }\n}"), withSub);
	}

	/** Found by the diagram's round-trip property test: the comment after the product's brace went. */
	@Test
	void aMemberAddedAtTheEndKeepsTheCommentAfterTheClosingBrace() {
		String text = Fixtures.model("comments.northstar");
		String edited = edit(text, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element("acme.notes.Notebook.Pages")));
		assertEquals(text.replace("\n} // after the last brace", "\n    input Input\n} // after the last brace"), edited);
	}

	@Test
	void aSubInputGoesInsideItsParentInput() {
		String edited = edit(TEXT, s -> TreeEdits.add(s.model(), ElementKind.SUB_INPUT, s.element(PRODUCT + ".Senders")));
		String senders = block(edited, "input Senders");
		assertTrue(senders.contains("input SubInput"), senders);
		assertCommentsKept(edited);
	}

	@Test
	void aNewKpiFollowsTheNorthStarAndAWorkStreamTargetsItsInput() {
		String withKpi = edit(TEXT, s -> TreeEdits.add(s.model(), ElementKind.KPI, s.element(PRODUCT)));
		assertTrue(withKpi.contains("    kpi PaidSeats \"Paid seats\" { follows PaidOnTime }\n    kpi Kpi {\n        follows PaidOnTime\n    }\n"), withKpi);
		String withStream = edit(TEXT, s -> TreeEdits.add(s.model(), ElementKind.WORK_STREAM, s.element(PRODUCT + ".Senders")));
		assertTrue(block(withStream, "workstream WorkStream").contains("targets Senders"), withStream);
	}

	@Test
	void aTeamGoesAfterTheLastTeamAndAProductAtTheEnd() {
		String withTeam = edit(TEXT, s -> TreeEdits.add(s.model(), ElementKind.TEAM, null));
		int payments = TEXT.indexOf("team Payments") + "team Payments".length();
		assertOnlyInserted(withTeam, payments, "\n");
		assertTrue(withTeam.contains("team Payments\n\nteam Team\n") || withTeam.contains("team Payments\nteam Team\n"), withTeam);
		String withProduct = edit(TEXT, s -> TreeEdits.add(s.model(), ElementKind.PRODUCT, null));
		assertTrue(withProduct.startsWith(TEXT.stripTrailing()), withProduct);
		assertTrue(withProduct.substring(TEXT.stripTrailing().length()).strip().startsWith("product Product {"), withProduct);
	}

	@Test
	void namesOfNewElementsAreUnusedInTheirProduct() {
		String twice = edit(edit(TEXT, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element(PRODUCT))),
				s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element(PRODUCT)));
		assertTrue(twice.contains("input Input\n") && twice.contains("input Input2\n"), twice);
	}

	@Test
	void removingAnInputRemovesItsSubtreeAndNothingElse() {
		String edited = editWith(TEXT, s -> snapshots.remove(s, s.element(PRODUCT + ".OnTimeShare")));
		String onTimeShare = block(TEXT, "input OnTimeShare");
		int start = TEXT.indexOf(onTimeShare);
		assertEquals(TEXT.substring(0, start).stripTrailing(), edited.substring(0, start).stripTrailing());
		assertTrue(edited.endsWith(TEXT.substring(start + onTimeShare.length())), edited);
		assertFalse(edited.contains("RemindersPerInvoice"), edited);
		assertTrue(edited.contains("formula Senders * InvoicesPerSender * OnTimeShare"), "references stay as written: " + edited);
	}

	/** Found by the diagram's round-trip property test: 'input Returns guardrail Theft{..}kpi Sales' lost its last space. */
	@Test
	void removingAnElementGluedToTheNextKeepsTheirNeighboursApart() {
		String text = Fixtures.model("messy.northstar");
		String edited = editWith(text, s -> snapshots.remove(s, s.element("Shop.Theft")));
		assertEquals(text.replace("input Returns guardrail Theft{threshold 2.5 direction lower}kpi", "input Returns kpi"), edited);
		assertFalse(load(edited).hasSyntaxErrors(), edited);
	}

	/** Found by the diagram's round-trip property test: emptying a description took the name before it along. */
	@Test
	void emptyingADescriptionLeavesTheNameBeforeIt() {
		String text = Fixtures.model("every-concept.northstar");
		String edited = editWith(text, s -> snapshots.set(s, s.element("acme.market.Marketplace"), ElementProperty.DESCRIPTION, ""));
		assertEquals(text.replace("product Marketplace \"Second-hand furniture\" {", "product Marketplace {"), edited);
	}

	/** Found by the diagram's round-trip property test: the serializer's internal error reached the diagram. */
	@Test
	void pastingAnElementThatRefersToAnUndefinedNameIsRefusedWithAMessage() {
		String text = "package p\n\nproduct P {\n    input A\n    workstream W { team Gone targets A }\n}\n";
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> edit(text, s -> TreeEdits.paste((NamedElement) s.element("p.P.W"), s.element("p.P.A"))));
		assertEquals("A copy of 'W' cannot be pasted: it refers to 'Gone', which is not defined. Fix that reference first.",
				refused.getMessage());
		String formula = "package p\n\nproduct P {\n    northstar N { formula A * Gone }\n    input A\n}\n";
		assertThrows(IllegalArgumentException.class, () -> edit(formula, s -> TreeEdits.paste((NamedElement) s.element("p.P.N"), s.element("p.P"))));
	}

	/** Found by the diagram's round-trip property test: emptying the game left 'secondary attention' alone, which does not parse. */
	@Test
	void theGameOfAHybridIsNotEmptiedBeforeItsSecondaryGame() {
		String text = Fixtures.model("every-concept.northstar");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> editWith(text, s -> snapshots.set(s, s.element("acme.market.Marketplace"), ElementProperty.GAME, "")));
		assertEquals("The secondary game needs a game: empty the secondary game first.", refused.getMessage());
		String single = editWith(text, s -> snapshots.set(s, s.element("acme.market.Marketplace"), ElementProperty.SECONDARY_GAME, ""));
		String none = editWith(single, s -> snapshots.set(s, s.element("acme.market.Marketplace"), ElementProperty.GAME, ""));
		assertFalse(load(none).hasSyntaxErrors(), none);
	}

	/** Found by the diagram's round-trip property test: emptying the targets took the brace of the scores before them. */
	@Test
	void emptyingTheTargetsLeavesTheBraceBeforeThem() {
		String text = "package p\n\nproduct P {\n    northstar N {\n        scores {\n            value 5\n        }\n"
				+ "        target 9000 by 2027-06-30\n    }\n}\n";
		String edited = editWith(text, s -> snapshots.set(s, s.element("p.P.N"), ElementProperty.TARGETS, ""));
		assertEquals(text.replace("        target 9000 by 2027-06-30\n", ""), edited);
	}

	@Test
	void removingAnElementTakesItsIgnoreCommentAlong() {
		String text = TEXT.replace("    guardrail DisputeRate", "    // northstar:ignore incomplete-guardrail agreed with finance\n    guardrail DisputeRate");
		String edited = editWith(text, s -> snapshots.remove(s, s.element(PRODUCT + ".DisputeRate")));
		assertFalse(edited.contains("northstar:ignore"), edited);
		assertTrue(edited.contains("    }\n\n    kpi PaidSeats"), edited);
	}

	@Test
	void renamingUpdatesEveryReference() {
		String edited = edit(TEXT, s -> ElementProperty.NAME.set(s.element(PRODUCT + ".OnTimeShare"), "PaidShare"));
		assertEquals(TEXT.replace("OnTimeShare", "PaidShare"), edited);
	}

	/**
	 * Found by SerializerFuzz: renaming an input to a keyword wrote the declaration escaped
	 * ({@code input ^input}) but the formula's reference bare ({@code formula input * B}), which does not
	 * parse; and typing the escape ({@code ^input}) was refused with the serializer's internal message.
	 */
	@Test
	void renamingToAKeywordEscapesTheNameAndEveryReference() {
		String text = "package p\n\nproduct P {\n    northstar N { formula A * B }\n    input A\n    input B\n    workstream W { targets A }\n}\n";
		String expected = text.replace("formula A", "formula ^input").replace("input A\n", "input ^input\n").replace("targets A", "targets ^input");
		for (String typed : List.of("input", "^input")) {
			String edited = editWith(text, s -> snapshots.set(s, s.element("p.P.A"), ElementProperty.NAME, typed));
			assertEquals(expected, edited, "typed " + typed);
			ModelSnapshot after = load(edited);
			assertFalse(after.hasSyntaxErrors(), edited);
			assertEquals("input", ((NamedElement) after.element("p.P.input")).getName());
		}
	}

	/** Found by SerializerFuzz: in a text starting with a byte order mark every edit landed one character early. */
	@Test
	void editsOfATextWithAByteOrderMarkLandWhereTheyBelong() {
		String text = "\uFEFFpackage p\n\nteam Listening { lead \"Sato\" }\n\nproduct P {\n    input A { owner Listening }\n    input B\n}\n";
		String renamed = editWith(text, s -> snapshots.set(s, s.element("p.Listening"), ElementProperty.NAME, "Renamed"));
		assertEquals(text.replace("Listening", "Renamed"), renamed);
		String removed = editWith(text, s -> snapshots.remove(s, s.element("p.P.B")));
		assertEquals(text.replace("    input B\n", ""), removed);
		String added = edit(text, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element("p.P")));
		assertEquals(text.replace("    input B\n", "    input B\n    input Input\n"), added);
	}

	@Test
	void movingAnInputHangsItUnderItsNewParent() {
		String edited = move(TEXT, PRODUCT + ".RemindersPerInvoice", PRODUCT + ".Senders");
		assertTrue(block(edited, "input Senders").contains("input RemindersPerInvoice"), edited);
		assertFalse(block(edited, "input OnTimeShare").contains("RemindersPerInvoice"), edited);
		assertCommentsKept(edited);
		String promoted = move(TEXT, PRODUCT + ".RemindersPerInvoice", PRODUCT);
		assertFalse(block(promoted, "input OnTimeShare").contains("RemindersPerInvoice"), promoted);
		assertTrue(promoted.contains("\n    input RemindersPerInvoice"), promoted);
	}

	@Test
	void aMovedInputIsIndentedForItsNewDepth() {
		String text = "package p\n\nteam T\n\nproduct P {\n    input A \"a\" {\n        owner T relation multiplicative\n    }\n    input B \"b\" { owner T relation additive }\n}\n";
		String moved = move(text, "p.P.B", "p.P.A");
		assertEquals("package p\n\nteam T\n\nproduct P {\n    input A \"a\" {\n        owner T relation multiplicative\n"
				+ "        input B \"b\" { owner T relation additive }\n    }\n}\n", moved);
	}

	/** Found by SerializerFuzz: the change serializer wrote the old parent anew, as 'input Drafts { }'. */
	@Test
	void movingTheOnlySubInputOutKeepsTheCommentInItsOldParent() {
		String text = "package p\n\nproduct P {\n    input Drafts { // only a comment in here\n        input SubInput\n    }\n}\n";
		assertEquals("package p\n\nproduct P {\n    input Drafts { // only a comment in here\n    }\n    input SubInput\n}\n",
				move(text, "p.P.SubInput", "p.P"));
	}

	@Test
	void aMovedInputTakesItsOwnCommentsAlongAndLeavesTheOthers() {
		String text = "package p\n\nproduct P {\n    northstar N \"n\" // the one\n    input A { // a\n        input C /* c */ \"c\" // why C\n    }\n"
				+ "    input B // b\n    kpi K // k\n}\n";
		assertEquals("package p\n\nproduct P {\n    northstar N \"n\" // the one\n    input A { // a\n    }\n"
				+ "    input B // b\n    input C /* c */ \"c\" // why C\n    kpi K // k\n}\n", move(text, "p.P.C", "p.P"));
		assertEquals("package p\n\nproduct P {\n    northstar N \"n\" // the one\n    input A { // a\n        input C /* c */ \"c\" // why C\n"
				+ "        input B // b\n    }\n    kpi K // k\n}\n", move(text, "p.P.B", "p.P.A"));
		assertEquals(text, move(text, "p.P.B", "p.P"), "a direct input moved to its product stays");
	}

	/** Found by SerializerFuzz: the lines inside a moved block comment were re-indented, which changed the comment. */
	@Test
	void aMovedInputsBlockCommentAndStringKeepTheirLinesAsTheyAre() {
		String text = "package p\n\nproduct P {\n   input S { unit sentences /* a block comment\n        over two lines */ window weekly }\n"
				+ "    input W \"words,\n  over two lines\" {\n        unit words\n    }\n}\n";
		assertEquals("package p\n\nproduct P {\n    input W \"words,\n  over two lines\" {\n        unit words\n"
				+ "        input S { unit sentences /* a block comment\n        over two lines */ window weekly }\n    }\n}\n",
				move(text, "p.P.S", "p.P.W"));
		assertEquals("package p\n\nproduct P {\n   input S { unit sentences /* a block comment\n        over two lines */ window weekly\n"
				+ "       input W \"words,\n  over two lines\" {\n           unit words\n       }\n   }\n}\n",
				move(text, "p.P.W", "p.P.S"));
	}

	/** Found while writing the byte order mark's test: the change serializer wrote the team's comment a second time. */
	@Test
	void aCommentAfterATeamIsWrittenOnceWhenTheNextProductGetsAnInput() {
		String text = "package p\n\nteam Listening { lead \"Sato\" } // owns nothing\n\nproduct P {\n    input A\n}\n";
		String edited = edit(text, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element("p.P")));
		assertEquals(text.replace("    input A\n", "    input A\n    input Input\n"), edited);
	}

	/** Found by SerializerFuzz: after a comment on the file's last line, without a line end, a new product became part of the comment. */
	@Test
	void aProductAddedAfterACommentOnTheLastLineStartsALineOfItsOwn() {
		String text = "package p\n\nteam Listening { lead \"Omar\" }\n// owns nothing";
		String edited = edit(text, s -> TreeEdits.add(s.model(), ElementKind.PRODUCT, null));
		assertTrue(edited.startsWith(text + "\n"), edited);
		assertTrue(edited.substring(text.length()).strip().startsWith("product Product {"), edited);
		assertFalse(load(edited).hasSyntaxErrors(), edited);
	}

	/** Found by SerializerFuzz: setting a property of a team whose name ends the file in a comment wrote the comment twice, the rest inside it. */
	@Test
	void aPropertySetBeforeACommentOnTheLastLineLeavesTheCommentOnceAndWhole() {
		String text = "package p\n\nteam Listening// owns nothing";
		String edited = editWith(text, s -> snapshots.set(s, s.element("p.Listening"), ElementProperty.LEAD, "Sato"));
		assertEquals(1, edited.split("// owns nothing", -1).length - 1, edited);
		ModelSnapshot after = load(edited);
		assertFalse(after.hasSyntaxErrors(), edited);
		assertEquals("Sato", ElementProperty.LEAD.get(after.element("p.Listening")));
	}

	/** Found by SerializerFuzz: a comment glued to a team's name, ending in a lone CR, was written inside the rewritten team and stayed after it. */
	@Test
	void aCommentGluedToANameIsWrittenOnce() {
		String text = "team   Solo// why \r";
		String edited = editWith(text, s -> snapshots.set(s, s.element("Solo"), ElementProperty.LEAD, "Sato"));
		assertEquals(1, edited.split("// why ", -1).length - 1, edited);
		ModelSnapshot after = load(edited);
		assertFalse(after.hasSyntaxErrors(), edited);
		assertEquals("Sato", ElementProperty.LEAD.get(after.element("Solo")));
	}

	/** Found by SerializerFuzz: a comment line after a lone CR was written again, with that line break, before the element set. */
	@Test
	void aCommentLineAfterALoneCrIsWrittenOnce() {
		String text = "team ta\r// why\nteam Partnerships { lead \"K\" }\n";
		String edited = editWith(text, s -> snapshots.set(s, s.element("Partnerships"), ElementProperty.DESCRIPTION, "Growth"));
		assertEquals("team ta\r// why\nteam Partnerships \"Growth\" {\r    lead \"K\" }\n", edited);
	}

	/**
	 * Found by SerializerFuzz: two comments after a team, split by a lone CR, were written again
	 * joined into one when a property of the next team was set.
	 */
	@Test
	void twoCommentsSplitByALoneCrAfterATeamStayAsTheyAre() {
		for (String text : List.of("team A // owns see a\r//u more\nteam B { lead \"K\" }\n",
				"team A // owns see a\r//u more\nteam B\n", "team A\r// owns see a\r//u more\rteam B { lead \"K\" }\r")) {
			String edited = editWith(text, s -> snapshots.set(s, s.element("B"), ElementProperty.DESCRIPTION, "Growth"));
			String before = text.substring(0, text.indexOf("team B"));
			assertEquals(before, edited.substring(0, before.length()), edited);
			assertEquals(1, edited.split("//u more", -1).length - 1, edited);
			ModelSnapshot after = load(edited);
			assertFalse(after.hasSyntaxErrors(), edited);
			assertEquals("Growth", ElementProperty.DESCRIPTION.get(after.element("B")));
		}
	}

	/**
	 * Found by SerializerFuzz: a product whose members the change serializer cannot write back in
	 * their order (a member commented out among them) was rewritten without the comment. A KPI added
	 * there is now written alone, after the input; a change that does more than add an element still
	 * goes through the change serializer, and what would drop a comment is refused.
	 */
	@Test
	void anEditThatWouldDropACommentIsRefused() {
		String text = "package p\n\nproduct P {\n    northstar N \"n\"\n    input A\n\n    // kpi K { follows N }\n\n"
				+ "    workstream W { targets A }\n\n    data csv \"x.csv\"\n}\n";
		assertEquals(text.replace("    input A\n", "    input A\n    kpi Kpi {\n        follows N\n    }\n"),
				edit(text, s -> TreeEdits.add(s.model(), ElementKind.KPI, s.element("p.P"))));
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> snapshots.edit(load(text), s -> {
			TreeEdits.add(s.model(), ElementKind.KPI, s.element("p.P"));
			ElementProperty.UNIT.set(s.element("p.P.N"), "users");
		}));
		assertEquals("This change would drop the comment at line 7 ('// kpi K { follows N }'); make it in the source editor.",
				refused.getMessage());
	}

	/** Issue 14: what the change serializer would write with a comment a second time is still refused. */
	@Test
	void aChangeThatWouldWriteACommentTwiceIsRefused() {
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> snapshots.edit(load(STREAMLINE_AS_FUZZED), s -> {
			TreeEdits.add(s.model(), ElementKind.KPI, s.element("acme.Streamline"));
			ElementProperty.UNIT.set(s.element("acme.Streamline.Subscriptions"), "subscribers");
		}));
		assertEquals("This change would write twice the comment at line 36 ('// a year of weekly figures in a Parquet file,"
				+ " read by the built-in DuckDB (see data/README.md)'); make it in the source editor.", refused.getMessage());
	}

	/**
	 * Found by SerializerFuzz (issue 14): adding or pasting a KPI into the Streamline example (a
	 * workstream after the KPIs, then a comment and the data clause) made the change serializer write
	 * the data clause again with its comment, and the edit was refused. A new element is written alone,
	 * on lines of its own after the member before it, and every other byte stays: in the fuzzer's text
	 * and in the example the studio ships.
	 */
	@Test
	void addingOrPastingIntoTheStreamlineExampleInsertsTheNewElementAndKeepsEveryOtherByte() throws IOException {
		for (String text : List.of(STREAMLINE_AS_FUZZED, Files.readString(EXAMPLE.resolve("streamline.northstar")))) {
			String lastInput = text.contains("input FollowedShows") ? "input FollowedShows" : "input EpisodesPerListener";
			assertInsertedAfter(text, "kpi Subscriptions", "    kpi Kpi {\n        follows DailyActiveUsers\n    }\n", "acme.Streamline.Kpi",
					s -> TreeEdits.add(s.model(), ElementKind.KPI, s.element("acme.Streamline")));
			assertInsertedAfter(text, "kpi Subscriptions", "    kpi SubscriptionsCopy \"Paying subscribers\" {\n"
					+ "        query \"SELECT period, Subscriptions FROM '${folder}/data/streamline.parquet'\"\n        follows DailyActiveUsers\n    }\n",
					"acme.Streamline.SubscriptionsCopy",
					s -> TreeEdits.paste((NamedElement) s.element("acme.Streamline.Subscriptions"), s.element("acme.Streamline")));
			assertInsertedAfter(text, lastInput, "    input Input\n", "acme.Streamline.Input",
					s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element("acme.Streamline")));
			assertInsertedAfter(text, lastInput, "    guardrail Guardrail\n", "acme.Streamline.Guardrail",
					s -> TreeEdits.add(s.model(), ElementKind.GUARDRAIL, s.element("acme.Streamline")));
			assertInsertedAfter(text, "workstream SmartQueue", "    workstream WorkStream\n", "acme.Streamline.WorkStream",
					s -> TreeEdits.add(s.model(), ElementKind.WORK_STREAM, s.element("acme.Streamline")));
			assertInserted(text, text.indexOf("package acme\n") + "package acme\n".length(), "\nteam Team\n", "acme.Team",
					s -> TreeEdits.add(s.model(), ElementKind.TEAM, null));
			assertInserted(text, text.length(), "\nproduct Product { }\n", "acme.Product", s -> TreeEdits.add(s.model(), ElementKind.PRODUCT, null));
			String newListeners = block(text, "input NewListeners");
			assertInserted(text, text.indexOf(newListeners) + newListeners.length() - "    }".length(), "        input SubInput\n",
					"acme.Streamline.SubInput", s -> TreeEdits.add(s.model(), ElementKind.SUB_INPUT, s.element("acme.Streamline.NewListeners")));
		}
	}

	/** {@code lines} written on lines of their own after the element that {@code previous} opens in {@code text}, and nothing else. */
	private void assertInsertedAfter(String text, String previous, String lines, String key, Consumer<ModelSnapshot> change) {
		String member = block(text, previous);
		assertInserted(text, text.indexOf(member) + member.length() + 1, lines, key, change);
	}

	/**
	 * {@code change} writes {@code lines} at {@code offset} of {@code text} as one insertion: every other
	 * byte stays, the text parses with the new element ({@code key}), each comment stands once, and
	 * undoing the insertion (taking out what it wrote, as the document's undo does) gives the text back.
	 */
	private void assertInserted(String text, int offset, String lines, String key, Consumer<ModelSnapshot> change) {
		ModelSnapshot before = load(text);
		List<FileEdit> edits = snapshots.edit(before, change);
		assertEquals(List.of(new TextEdit(offset, 0, lines)), edits.get(0).edits(), key);
		String edited = edits.get(0).applyTo(text);
		assertEquals(text.substring(0, offset) + lines + text.substring(offset), edited);
		ModelSnapshot after = load(edited);
		assertFalse(after.hasSyntaxErrors(), edited);
		assertTrue(after.element(key) != null, key + " in " + edited);
		Matcher comments = Pattern.compile("//[^\n]*").matcher(text);
		while (comments.find()) {
			assertEquals(1, edited.split(Pattern.quote(comments.group()), -1).length - 1, comments.group() + " in " + edited);
		}
		assertEquals(text, before.text());
		assertEquals(text, edited.substring(0, offset) + edited.substring(offset + lines.length()), "undone");
	}

	/** A new element after one glued to the next ({@code }kpi}) keeps the next apart from it; the rest of that line follows it. */
	@Test
	void aNewElementAfterOneGluedToTheNextKeepsThemApart() {
		String text = "package p\n\nproduct P {\n    input A{unit u}kpi K\n}\n";
		String edited = edit(text, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element("p.P")));
		assertEquals(text.replace("{unit u}kpi K", "{unit u}\n    input Input kpi K"), edited);
		assertFalse(load(edited).hasSyntaxErrors(), edited);
	}

	/** A new element's lines end as the file's lines do (CRLF, or a lone CR of old Mac files), after the comment ending the line before. */
	@Test
	void aNewElementsLinesEndAsTheFilesLinesDo() {
		for (String lineEnd : List.of("\r\n", "\r")) {
			String text = String.join(lineEnd, "package p", "", "product P {", "    northstar N", "    input A // a", "}", "");
			String added = String.join(lineEnd, "    input A // a", "    kpi Kpi {", "        follows N", "    }", "");
			assertEquals(text.replace("    input A // a" + lineEnd, added), edit(text, s -> TreeEdits.add(s.model(), ElementKind.KPI, s.element("p.P"))));
		}
	}

	/**
	 * Found by SerializerFuzz: with a clause given twice, the change serializer failed on a
	 * NullPointerException inside Xtext (NodeModelBasedRegionAccessBuilder: the first value has no
	 * place in the model) or glued words together ('dimensionfrequency'). Every edit is refused with
	 * where and what to do.
	 */
	@Test
	void aTextWithAClauseGivenTwiceIsNotEditedAndTheMessageSaysWhere() {
		String dimensionTwice = "package p\n\nproduct P {\n    game productivity\n    input A {\n        dimension depth\n        dimension breadth\n    }\n"
				+ "    input B\n}\n";
		String dataTwice = "package p\n\nproduct P {\n    input A\n    input B\n    data csv \"a.csv\"\n    data csv \"b.csv\"\n}\n";
		for (String text : List.of(dimensionTwice, dataTwice)) {
			ModelSnapshot s = load(text);
			for (org.junit.jupiter.api.function.Executable edit : List.<org.junit.jupiter.api.function.Executable>of(
					() -> snapshots.set(s, s.element("p.P"), ElementProperty.VALUE_STATEMENT, "Something new"),
					() -> snapshots.edit(s, fresh -> TreeEdits.add(fresh.model(), ElementKind.INPUT, fresh.element("p.P"))),
					() -> snapshots.edit(s, fresh -> TreeEdits.paste((NamedElement) fresh.element("p.P.B"), fresh.element("p.P"))),
					() -> snapshots.remove(s, s.element("p.P.B")),
					() -> snapshots.move(s, (Input) s.element("p.P.B"), s.element("p.P.A")))) {
				IllegalStateException refused = assertThrows(IllegalStateException.class, edit);
				assertEquals(text == dataTwice ? "'data' is given more than once at line 7; keep one in the source editor, then edit the tree."
						: "'dimension' is given more than once at line 7; keep one in the source editor, then edit the tree.", refused.getMessage());
			}
		}
	}

	@Test
	void anInputCannotMoveIntoItsOwnSubtree() {
		ModelSnapshot s = load(TEXT);
		assertFalse(TreeEdits.canMove(s.element(PRODUCT + ".OnTimeShare"), s.element(PRODUCT + ".RemindersPerInvoice")));
		assertFalse(TreeEdits.canMove(s.element(PRODUCT + ".OnTimeShare"), s.element(PRODUCT + ".OnTimeShare")));
		assertFalse(TreeEdits.canMove(s.element(PRODUCT + ".DisputeRate"), s.element(PRODUCT + ".Senders")), "only inputs move");
		assertTrue(TreeEdits.canMove(s.element(PRODUCT + ".Senders"), s.element(PRODUCT + ".OnTimeShare")));
	}

	@Test
	void pastingCopiesASubtreeUnderNewNames() {
		String edited = edit(TEXT, s -> TreeEdits.paste((NamedElement) s.element(PRODUCT + ".OnTimeShare"), s.element(PRODUCT + ".Senders")));
		String senders = block(edited, "input Senders");
		assertTrue(senders.contains("input OnTimeShareCopy") && senders.contains("input RemindersPerInvoiceCopy"), senders);
		assertTrue(senders.contains("owner Payments"), "references to teams stay: " + senders);
		assertEquals(0, errors(edited), edited);
	}

	@Test
	void propertiesWriteWhatWasTyped() {
		String owners = editWith(TEXT, s -> snapshots.set(s, s.element(PRODUCT + ".Senders"), ElementProperty.OWNERS, "Growth, Billing"));
		assertEquals(TEXT.replace("owner Growth ", "owner Growth, Billing "), owners);
		String dimension = editWith(owners, s -> snapshots.set(s, s.element(PRODUCT + ".Senders"), ElementProperty.DIMENSION, "frequency"));
		assertEquals(owners.replace("dimension breadth ", "dimension frequency "), dimension, "rewritten where it stands");
		String threshold = editWith(dimension, s -> snapshots.set(s, s.element(PRODUCT + ".DisputeRate"), ElementProperty.THRESHOLD, "3.75"));
		assertEquals(dimension.replace("threshold 2.5", "threshold 3.75"), threshold);
		String edited = edit(threshold, s -> {
			ElementProperty.TARGETS.set(s.element(PRODUCT + ".PaidOnTime"), "9000 by 2027-06-30; 12000 by 2027-12-31");
		});
		String senders = block(edited, "input Senders");
		assertTrue(senders.contains("owner Growth, Billing") && senders.contains("dimension frequency"), senders);
		assertTrue(block(edited, "guardrail DisputeRate").contains("threshold 3.75"), edited);
		assertTrue(edited.contains("target 9000 by 2027-06-30") && edited.contains("target 12000 by 2027-12-31"), edited);
		ModelSnapshot after = load(edited);
		assertEquals("Growth, Billing", ElementProperty.OWNERS.get(after.element(PRODUCT + ".Senders")));
		assertEquals("value 5, vision 4, leading 4, actionable 4, understandable 5, measurable 5, notVanity 5",
				ElementProperty.SCORES.get(after.element(PRODUCT + ".PaidOnTime")));
	}

	@Test
	void emptyingAnOptionalPropertyRemovesItsClause() {
		String edited = editWith(TEXT, s -> snapshots.set(s, s.element(PRODUCT + ".Senders"), ElementProperty.RELATION, ""));
		assertEquals(TEXT.replace("owner Growth         relation multiplicative", "owner Growth"), edited);
		String noUnit = editWith(TEXT, s -> snapshots.set(s, s.element(PRODUCT + ".PaidOnTime"), ElementProperty.UNIT, ""));
		assertEquals(TEXT.replace("        unit    invoices\n", ""), noUnit);
		assertCommentsKept(edited);
	}

	@Test
	void scoresKeepTheirRationale() {
		String edited = edit(TEXT, s -> ElementProperty.SCORES.set(s.element(PRODUCT + ".PaidOnTime"), "value 4, leading 3"));
		String scores = block(edited, "scores");
		assertTrue(scores.contains("value          4 \"Getting paid is why freelancers come back\""), scores);
		assertTrue(scores.contains("leading        3 \"Predicts renewal at eight weeks\""), scores);
		assertFalse(scores.contains("vision"), scores);
	}

	@Test
	void textThatDoesNotFitIsRefusedWithWhatToType() {
		ModelSnapshot s = load(TEXT);
		assertMessage("not a number", () -> ElementProperty.THRESHOLD.set(s.element(PRODUCT + ".DisputeRate"), "a lot"));
		assertMessage("known: Growth, Billing, Payments", () -> ElementProperty.OWNERS.set(s.element(PRODUCT + ".Senders"), "Nobody"));
		assertMessage("use one of: breadth, depth, frequency, efficiency", () -> ElementProperty.DIMENSION.set(s.element(PRODUCT + ".Senders"), "wide"));
		assertMessage("YYYY-MM-DD", () -> ElementProperty.TARGETS.set(s.element(PRODUCT + ".PaidOnTime"), "9000 by June"));
		assertMessage("already taken", () -> ElementProperty.NAME.set(s.element(PRODUCT + ".Senders"), "OnTimeShare"));
		assertMessage("not a name", () -> ElementProperty.NAME.set(s.element(PRODUCT + ".Senders"), "Paid on time"));
		assertMessage("not a score", () -> ElementProperty.SCORES.set(s.element(PRODUCT + ".PaidOnTime"), "beauty 5"));
		// found by SerializerFuzz: written as typed, U+FFFD made the file one the loader reads as not UTF-8
		assertMessage("replacement character", () -> ElementProperty.PMF.set(s.element(PRODUCT), "fit \uFFFD"));
	}

	@Test
	void whatCannotBeAddedThereIsRefusedInASentence() {
		ModelSnapshot snapshot = load(TEXT);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> TreeEdits.add(snapshot.model(), ElementKind.INPUT, null));
		assertEquals("An input cannot be added here.", refused.getMessage());
		assertEquals("a work stream", ElementKind.WORK_STREAM.withArticle());
	}

	@Test
	void aTextWithSyntaxErrorsIsNeverWritten() {
		ModelSnapshot broken = load(TEXT.replace("input Senders", "input Senders Senders"));
		assertTrue(broken.hasSyntaxErrors());
		assertThrows(IllegalStateException.class, () -> snapshots.edit(broken, s -> TreeEdits.add(s.model(), ElementKind.TEAM, null)));
	}

	/** The acceptance of the tree editor, through its commands: from an empty file to a tree the rules find nothing wrong with. */
	@Test
	void aWholeTreeBuiltFromAnEmptyFileValidatesClean() {
		String text = "";
		text = edit(text, s -> TreeEdits.add(s.model(), ElementKind.PRODUCT, null));
		for (int i = 0; i < 4; i++) {
			text = edit(text, s -> TreeEdits.add(s.model(), ElementKind.TEAM, null));
		}
		text = edit(text, s -> TreeEdits.add(s.model(), ElementKind.NORTH_STAR, s.element("Product")));
		for (int i = 0; i < 4; i++) {
			text = edit(text, s -> TreeEdits.add(s.model(), ElementKind.INPUT, s.element("Product.NorthStar")));
		}
		text = edit(text, s -> TreeEdits.add(s.model(), ElementKind.GUARDRAIL, s.element("Product.NorthStar")));
		text = edit(text, s -> TreeEdits.add(s.model(), ElementKind.KPI, s.element("Product.NorthStar")));
		text = edit(text, s -> {
			ElementProperty.VALUE_STATEMENT.set(s.element("Product"), "Freelancers get paid without chasing clients");
			ElementProperty.GAME.set(s.element("Product"), "productivity");
			ElementProperty.NAME.set(s.element("Product.NorthStar"), "PaidOnTime");
		});
		text = edit(text, s -> {
			ElementProperty.DESCRIPTION.set(s.element("Product.PaidOnTime"), "Invoices paid by their due date");
			ElementProperty.UNIT.set(s.element("Product.PaidOnTime"), "invoices");
			ElementProperty.WINDOW.set(s.element("Product.PaidOnTime"), "weekly");
			String[] names = { "Input", "Input2", "Input3", "Input4" };
			String[] teams = { "Team", "Team2", "Team3", "Team4" };
			String[] dimensions = { "breadth", "depth", "frequency", "efficiency" };
			for (int i = 0; i < 4; i++) {
				ElementProperty.OWNERS.set(s.element("Product." + names[i]), teams[i]);
				ElementProperty.RELATION.set(s.element("Product." + names[i]), "multiplicative");
				ElementProperty.DIMENSION.set(s.element("Product." + names[i]), dimensions[i]);
			}
			ElementProperty.DIRECTION.set(s.element("Product.Guardrail"), "lower");
			ElementProperty.THRESHOLD.set(s.element("Product.Guardrail"), "2.5");
		});
		ModelSnapshot built = load(text);
		assertEquals(List.of(), built.problems().stream().filter(p -> p.severity().compareTo(org.northstar.core.rules.Severity.INFO) > 0)
				.map(p -> p.ruleId() + ": " + p.message()).toList(), text);
	}

	private String edit(String text, Consumer<ModelSnapshot> change) {
		List<FileEdit> edits = snapshots.edit(load(text), change);
		assertTrue(edits.size() <= 1, "one file changes: " + edits);
		return edits.isEmpty() ? text : edits.get(0).applyTo(text);
	}

	private String move(String text, String input, String target) {
		ModelSnapshot s = load(text);
		List<FileEdit> edits = snapshots.move(s, (Input) s.element(input), s.element(target));
		assertTrue(edits.size() <= 1, "one file changes: " + edits);
		return edits.isEmpty() ? text : edits.get(0).applyTo(text);
	}

	private String editWith(String text, java.util.function.Function<ModelSnapshot, List<FileEdit>> edit) {
		List<FileEdit> edits = edit.apply(load(text));
		assertEquals(1, edits.size(), "one file changes: " + edits);
		return edits.get(0).applyTo(text);
	}

	private ModelSnapshot load(String text) {
		return snapshots.load(FILE, text, List.of(), true);
	}

	private long errors(String text) {
		return load(text).problems().stream().filter(p -> p.severity() == org.northstar.core.rules.Severity.ERROR).count();
	}

	private static void assertOnlyInserted(String edited, int at, String expectedStart) {
		assertEquals(TEXT.substring(0, at), edited.substring(0, at), "text before the insertion");
		int inserted = edited.length() - TEXT.length();
		assertTrue(inserted > 0, edited);
		assertEquals(TEXT.substring(at), edited.substring(at + inserted), "text after the insertion");
		assertTrue(edited.substring(at, at + inserted).startsWith(expectedStart), () -> "inserted: " + edited.substring(at, at + inserted));
	}

	private static void assertCommentsKept(String edited) {
		Matcher comments = Pattern.compile("//[^\n]*").matcher(TEXT);
		while (comments.find()) {
			assertTrue(edited.contains(comments.group()), "comment lost: " + comments.group());
		}
	}

	private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable action) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}

	/** The text of a block from its keyword to its closing brace. */
	private static String block(String text, String opening) {
		int start = text.indexOf(opening);
		int depth = 0;
		for (int i = text.indexOf('{', start); i < text.length(); i++) {
			depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
			if (depth == 0) {
				return text.substring(start, i + 1);
			}
		}
		return text.substring(start);
	}
}
