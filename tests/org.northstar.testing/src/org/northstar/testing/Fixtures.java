package org.northstar.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample models shipped in this bundle's {@code models/} folder. */
public final class Fixtures {

	/** The example of the language reference (shared/docs/language.md), verbatim. */
	public static final String INVOICELY = "invoicely.northstar";

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
