import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.northstar.core.check.LanguageSession;
import org.northstar.dsl.ide.NorthStarIdeSetup;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;
import org.northstar.dsl.ide.edit.TreeEdits;
import org.northstar.model.Input;
import org.northstar.model.NamedElement;

/**
 * The fuzz target of {@code ./northstar fuzz} (Jazzer) for the minimal-edit serializer: the tree
 * edits the diagram and the tree editor write as minimal text edits. One input is a model text,
 * then a NUL byte, then an edit script (an input without NUL is a model edited by a script made
 * from its own last bytes): up to four steps of add, rename, move, paste, delete or set a property,
 * each on an element, a target and a name or value the script picks (from lists of typical and
 * refused ones, or fuzzed bytes). Each step goes through {@link ModelSnapshots} as the diagram's
 * commands do. Findings: anything thrown other than the API's refusal (IllegalArgumentException or
 * IllegalStateException with a message, that wrote nothing), a text that parsed and does not after
 * the edit, a comment outside the touched elements that went, a comment written twice, a step over a second.
 */
public final class SerializerFuzz {

	private static final long SLOW_NANOS = FuzzLimits.slowNanos();
	private static final URI FILE = URI.createURI("file:/fuzz/edited.northstar");
	private static final int MAX_STEPS = 4;

	private static final ModelSnapshots SNAPSHOTS = LanguageSession.start(new NorthStarIdeSetup()).injector()
			.getInstance(ModelSnapshots.class);

	/** Names a person might type: new, numbered, one letter, escaped keyword, not a name, empty. */
	private static final List<String> NAMES = List.of("Renamed", "Renamed2", "X", "^input", "input", "bad name", "9lives", "", "Ünïcode");

	/** Values for free-text properties: fitting ones, empty (removes the clause) and ones that are refused. */
	private static final List<String> VALUES = List.of("", "Something new", "3.5", "-2", "1e400", "a lot", "Growth", "Growth, Billing",
			"9000 by 2027-06-30; 12000 by 2027-12-31", "9000 by June", "value 4, leading 3", "beauty 5", "invoices", "\"quoted\"",
			"Lee, Mia", "line\nbreak", "// not a comment", "back\\slash");

	private enum Op {
		ADD, RENAME, MOVE, PASTE, DELETE, SET
	}

	private static boolean warm;

	/** What the steps came to, by operation ("ADD written"), printed every 10,000 inputs: whether the fuzzer gets past the parser. */
	private static final Map<String, Integer> OUTCOMES = new java.util.TreeMap<>();
	private static long inputs;

	private SerializerFuzz() {
	}

	/**
	 * Runs a few seeds, and every operation on a file of a comment alone and on a small model, so that
	 * class loading does not count against the first input's time (the fuzzer runs them all): the first
	 * product added to a file of a comment took 1.3-2.8 s on a loaded machine.
	 */
	public static void fuzzerInitialize() throws IOException {
		try (DirectoryStream<Path> seeds = Files.newDirectoryStream(Path.of(System.getProperty("northstar.fuzz.seeds")))) {
			int warmUps = 0;
			for (Path seed : seeds) {
				if (warmUps++ == 12) {
					break;
				}
				fuzzerTestOneInput(Files.readAllBytes(seed));
			}
		}
		String small = "package p\n// a comment\nteam T\nproduct P {\n    northstar N \"n\"\n    input A { owner T input B }\n    input C\n}\n";
		for (String model : List.of("// a comment", small)) {
			for (int op = 0; op < Op.values().length; op++) {
				for (int other = 0; other < 4; other++) {
					byte[] text = model.getBytes(StandardCharsets.UTF_8);
					byte[] input = java.util.Arrays.copyOf(text, text.length + 5);
					input[text.length] = 0;
					input[text.length + 1] = (byte) op;
					input[text.length + 2] = (byte) other;
					input[text.length + 3] = (byte) (other + 1);
					input[text.length + 4] = (byte) other;
					fuzzerTestOneInput(input);
				}
			}
		}
		warm = true;
	}

	public static void fuzzerTestOneInput(byte[] data) {
		if (++inputs % 10_000 == 0) {
			System.err.println("SerializerFuzz after " + inputs + " inputs: " + OUTCOMES);
		}
		int nul = lastNul(data);
		String text = new String(data, 0, nul < 0 ? data.length : nul, StandardCharsets.UTF_8);
		Script script = nul < 0 ? new Script(data, Math.max(0, data.length - 16), data.length)
				: new Script(data, nul + 1, data.length);
		for (int step = 0; step < MAX_STEPS && script.more(); step++) {
			long start = System.nanoTime();
			String after = step(text, script);
			long nanos = System.nanoTime() - start;
			if (warm && text.length() < 100 * 1024 && nanos > SLOW_NANOS) {
				throw new IllegalStateException("an edit took " + nanos / 1_000_000 + " ms on " + text.length() + " characters");
			}
			if (after == null) {
				return; // refused or not offered: the rest of the script would edit the same text
			}
			text = after;
		}
	}

	/** One step of the script on {@code text}: the edited text, or null when nothing was written. */
	private static String step(String text, Script script) {
		ModelSnapshot before = SNAPSHOTS.load(FILE, text, List.of(), false);
		Op op = Op.values()[script.next() % Op.values().length];
		List<EObject> elements = new ArrayList<>(before.elements().values().stream().filter(e -> ElementKind.of(e) != null).toList());
		EObject picked = elements.isEmpty() ? null : elements.get(script.next() % elements.size());
		int other = script.next();
		if (picked == null && op != Op.ADD) {
			return outcome(op, "not offered", null);
		}
		List<int[]> touched = new ArrayList<>();
		Function<ModelSnapshot, List<FileEdit>> edit = switch (op) {
			case ADD -> {
				EObject selected = other % 5 == 0 ? null : picked;
				List<ElementKind> kinds = ElementKind.addableAt(selected);
				ElementKind kind = kinds.get(script.next() % kinds.size());
				if (selected != null) {
					touched.add(region(before, selected));
				}
				yield s -> SNAPSHOTS.edit(s, fresh -> TreeEdits.add(fresh.model(), kind, selected));
			}
			case RENAME -> {
				String name = script.text(NAMES, elements.stream().map(e -> ((NamedElement) e).getName()).toList());
				touched.add(region(before, picked));
				yield s -> SNAPSHOTS.set(s, picked, ElementProperty.NAME, name);
			}
			case MOVE -> {
				List<EObject> targets = elements.stream().filter(target -> TreeEdits.canMove(picked, target)).toList();
				if (targets.isEmpty()) {
					yield null;
				}
				EObject target = targets.get(other % targets.size());
				touched.add(region(before, picked));
				yield s -> SNAPSHOTS.move(s, (Input) picked, target);
			}
			case PASTE -> {
				if (!(picked instanceof NamedElement named) || TreeEdits.productOf(picked) == null) {
					yield null;
				}
				EObject target = elements.get(other % elements.size());
				yield s -> SNAPSHOTS.edit(s, fresh -> TreeEdits.paste(named, target));
			}
			case DELETE -> {
				touched.add(region(before, picked));
				yield s -> SNAPSHOTS.remove(s, picked);
			}
			case SET -> {
				List<ElementProperty> properties = ElementProperty.of(picked);
				if (properties.isEmpty()) {
					yield null;
				}
				ElementProperty property = properties.get(other % properties.size());
				String value = script.text(property.choices().isEmpty() ? VALUES : property.choices(), List.of());
				touched.add(region(before, picked));
				yield s -> SNAPSHOTS.set(s, picked, property, value);
			}
		};
		if (edit == null) {
			return outcome(op, "not offered", null);
		}
		List<FileEdit> edits;
		try {
			edits = edit.apply(before);
		} catch (IllegalArgumentException | IllegalStateException refused) {
			if (refused.getMessage() == null || refused.getMessage().isBlank() || isBug(refused.getCause())) {
				throw new IllegalStateException(op + " refused without a message for the person, or on an internal error", refused);
			}
			return outcome(op, before.hasSyntaxErrors() ? "refused (syntax errors)" : "refused", null);
		}
		if (edits.size() > 1) {
			throw new IllegalStateException(op + " wrote " + edits.size() + " files; the fuzzed model is alone");
		}
		if (edits.isEmpty()) {
			return outcome(op, "no change", null);
		}
		String after = edits.get(0).applyTo(text);
		if (!before.hasSyntaxErrors()) {
			ModelSnapshot parsed = SNAPSHOTS.load(FILE, after, List.of(), false);
			if (parsed.hasSyntaxErrors()) {
				throw new IllegalStateException(op + " wrote a text that does not parse:\n--- before\n" + text + "\n--- after\n" + after);
			}
			List<String> lost = lostComments(comments(before, touched), comments(parsed, List.of()));
			if (!lost.isEmpty()) {
				throw new IllegalStateException(op + " lost comments " + lost + ":\n--- before\n" + text + "\n--- after\n" + after);
			}
			List<String> doubled = lostComments(comments(parsed, List.of()), comments(before, List.of()));
			if (!doubled.isEmpty()) {
				throw new IllegalStateException(op + " wrote comments again " + doubled + ":\n--- before\n" + text + "\n--- after\n" + after);
			}
		}
		return outcome(op, "written", after);
	}

	private static String outcome(Op op, String what, String after) {
		OUTCOMES.merge(op + " " + what, 1, Integer::sum);
		return after;
	}

	/** A refusal that wraps one of these is a bug that the API turned into a message. */
	private static boolean isBug(Throwable cause) {
		return cause instanceof NullPointerException || cause instanceof ClassCastException
				|| cause instanceof IndexOutOfBoundsException || cause instanceof StackOverflowError;
	}

	/**
	 * The text an edit of {@code element} may rewrite, comments and all: what deleting it removes
	 * (its text, its own line, the {@code // northstar:ignore} lines above it) to the end of its last line.
	 */
	private static int[] region(ModelSnapshot snapshot, EObject element) {
		if (snapshot.hasSyntaxErrors()) {
			return new int[] { 0, snapshot.text().length() }; // never written, never compared
		}
		TextEdit removal;
		try {
			removal = SNAPSHOTS.remove(snapshot, element).get(0).edits().get(0);
		} catch (IllegalStateException refused) {
			return new int[] { 0, snapshot.text().length() }; // a text every edit refuses (a clause given twice)
		}
		int end = removal.offset() + removal.length();
		int lineEnd = end > 0 && snapshot.text().charAt(end - 1) == '\n' ? end : snapshot.text().indexOf('\n', end);
		return new int[] { removal.offset(), lineEnd < 0 ? snapshot.text().length() : lineEnd };
	}

	/** The comment tokens of a parsed text that stand outside every range (so "//" inside a string is no comment). */
	private static List<String> comments(ModelSnapshot snapshot, List<int[]> except) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : snapshot.resource().getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT")
					&& except.stream().noneMatch(r -> leaf.getOffset() >= r[0] && leaf.getEndOffset() <= r[1])) {
				comments.add(leaf.getText().strip()); // a line comment at the end of the file gains its line end
			}
		}
		return comments;
	}

	/** The comments of {@code before} that {@code after} no longer has as often, byte for byte. */
	private static List<String> lostComments(List<String> before, List<String> after) {
		Map<String, Integer> left = new HashMap<>();
		after.forEach(c -> left.merge(c, 1, Integer::sum));
		return before.stream().filter(c -> left.merge(c, -1, Integer::sum) < 0).toList();
	}

	private static int lastNul(byte[] data) {
		for (int i = data.length - 1; i >= 0; i--) {
			if (data[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/** The edit script: bytes read one by one, names and values from lists or from the bytes themselves. */
	private static final class Script {

		private final byte[] data;
		private final int end;
		private int at;

		Script(byte[] data, int from, int end) {
			this.data = data;
			this.at = from;
			this.end = end;
		}

		boolean more() {
			return at < end;
		}

		/** The next byte as 0..255, 0 after the end. */
		int next() {
			return at < end ? data[at++] & 0xff : 0;
		}

		/** A name or value: below 128 one of {@code typical} or {@code taken}, else the next bytes as UTF-8. */
		String text(List<String> typical, List<String> taken) {
			int pick = next();
			if (pick < 128) {
				List<String> all = new ArrayList<>(typical);
				all.addAll(taken);
				return all.get(pick % all.size());
			}
			int length = Math.min((pick - 128) % 24, end - at);
			String fuzzed = new String(data, at, length, StandardCharsets.UTF_8);
			at += length;
			return fuzzed;
		}
	}
}
