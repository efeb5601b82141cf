package org.northstar.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample models shipped in this bundle's {@code models/} folder. */
public final class Fixtures {

	/** The example of the language reference (shared/docs/language.md), verbatim. */
	public static final String INVOICELY = "invoicely.northstar";

	/**
	 * Every model in {@code models/}; load them together, as one project,
	 * because some link to names in others. A new model belongs in this list.
	 */
	public static final List<String> ALL = List.of(INVOICELY, "shared-teams.northstar", "every-construct.northstar",
			"messy.northstar", "comments.northstar");

	private Fixtures() {
	}

	/** The text of {@code models/<name>}. */
	public static String model(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/models/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture models/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
