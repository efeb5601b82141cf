package org.northstar.core.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/** A starting model: a product with a North Star, inputs, a guardrail and a KPI shaped for its game, or an empty product. */
public enum StartingModel {

	ATTENTION("Attention: time spent (media, social)", "attention"),
	TRANSACTION("Transaction: purchases and exchanges (marketplaces, commerce)", "transaction"),
	PRODUCTIVITY("Productivity: work done faster or better (B2B tools)", "productivity"),
	EMPTY("Empty: just the product and its value", null);

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
