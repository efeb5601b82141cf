package org.northstar.core.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A starting model: a product with a North Star, inputs, a guardrail and a KPI shaped for its game, or an empty product. */
public enum StartingModel {

	ATTENTION("Attention: time spent (media, social)", "attention"),
	TRANSACTION("Transaction: purchases and exchanges (marketplaces, commerce)", "transaction"),
	PRODUCTIVITY("Productivity: work done faster or better (B2B tools)", "productivity"),
	EMPTY("Empty: just the product and its value", null);

	private static final Pattern INPUT = Pattern.compile("(?m)^([ \\t]*input )(\\w+)");
	/** An owner clause and the blanks after its team (the template aligns the clause that follows). */
	private static final Pattern OWNER = Pattern.compile("(?m)^([ \\t]*owner )(\\w+[ \\t]*)");

	private final String label;
	private final String game;

	StartingModel(String label, String game) {
		this.label = label;
		this.game = game;
	}

	public String label() {
		return label;
	}

	/** The model's text with its own teams, for a file of its own package. */
	public String render(String pkg, String product, String value, String emptyGame) {
		return fill(read(name().toLowerCase(Locale.ROOT)), pkg, product, value, game != null ? game : emptyGame);
	}

	/** The model's text without its team declarations, for a project whose teams live in a teams file. */
	public String renderWithoutTeams(String pkg, String product, String value, String emptyGame) {
		return render(pkg, product, value, emptyGame).lines().filter(line -> !line.startsWith("team "))
				.collect(Collectors.joining("\n", "", "\n")).replaceAll("\n{3,}", "\n\n");
	}

	/**
	 * The model's text for a package whose teams exist already (e.g. in the project's teams file): no team
	 * declarations, and the i-th input owned by {@code owners.get(i)} instead of the template's team.
	 */
	public String renderOwnedBy(String pkg, String product, String value, String emptyGame, List<String> owners) {
		if (owners.size() != inputs().size()) {
			throw new IllegalArgumentException(name() + " has " + inputs().size() + " inputs, but " + owners.size() + " owners were given");
		}
		Iterator<String> owner = owners.iterator();
		return OWNER.matcher(renderWithoutTeams(pkg, product, value, emptyGame))
				.replaceAll(clause -> Matcher.quoteReplacement(clause.group(1) + aligned(owner.next(), clause.group(2))));
	}

	/** The names of the model's inputs, in the order of the text. */
	public List<String> inputs() {
		return names(INPUT);
	}

	/** The team each input is owned by in the template, in the order of {@link #inputs()}. */
	public List<String> owners() {
		return names(OWNER);
	}

	/** A teams file for the package, declaring the teams this model's inputs are owned by. */
	public String teamsFile(String pkg) {
		String teams = render(pkg, "Product", "", "productivity").lines().filter(line -> line.startsWith("team "))
				.collect(Collectors.joining("\n", "", "\n"));
		return fill(read("teams"), pkg, "", "", "") + (game == null ? "team Core { lead \"Your name\" }\n" : teams);
	}

	/** The game a template is made for; null for the empty one, whose game the user picks. */
	public String game() {
		return game;
	}

	private List<String> names(Pattern clause) {
		return clause.matcher(read(name().toLowerCase(Locale.ROOT))).results().map(found -> found.group(2).strip()).toList();
	}

	/** The new name, padded to the old one's width so the clauses after it stay in their columns. */
	private static String aligned(String name, String old) {
		if (old.strip().length() == old.length()) {
			return name;
		}
		return name.length() < old.length() ? name + " ".repeat(old.length() - name.length()) : name + " ";
	}

	private static String fill(String template, String pkg, String product, String value, String game) {
		return template.replace("${package}", pkg).replace("${product}", product).replace("${value}", quoted(value))
				.replace("${game}", game == null ? "productivity" : game);
	}

	/** The value sits between double quotes: escape what would end or break them. */
	private static String quoted(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").strip();
	}

	private static String read(String name) {
		try (InputStream in = StartingModel.class.getResourceAsStream("/templates/" + name + ".northstar")) {
			if (in == null) {
				throw new IllegalStateException("the starting model '" + name + "' is not packaged");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
