package org.northstar.metrics.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a {@code data jdbc "..."} source connects, with which user and password, resolved outside
 * the model: a written {@code jdbc:} URL with its {@code ${env:NAME}} placeholders filled in, or the
 * name of a connection in the per-user connections file, a properties file outside the project:
 *
 * <pre>
 * analytics.url      = jdbc:postgresql://db.example.com/metrics
 * analytics.user     = reader
 * analytics.password = ${env:ANALYTICS_PASSWORD}    (or the password itself: the file is the user's)
 * </pre>
 *
 * @param url the URL to connect to (secret parts included; never shown)
 * @param shown how messages name the connection: the URL as written in the model, passwords masked
 */
record ConnectionSpec(String url, String user, String password, String shown) {

	/** The connection {@code written} (the model's string) names; its secrets go into {@code secrets}. */
	static ConnectionSpec of(String written, DataSettings settings, Secrets secrets) throws Problem {
		if (written == null || written.isBlank()) {
			throw new Problem("'data jdbc' names no database; give a JDBC URL (\"jdbc:postgresql://host/db\") or the name of a"
					+ " connection in " + settings.connectionsFile() + ".");
		}
		if (UrlCredentials.find(written).isPresent()) {
			throw new Problem("the URL of 'data jdbc' carries " + UrlCredentials.find(written).get()
					+ " (credentials-in-model); put the password in ${env:NAME} or in a named connection of "
					+ settings.connectionsFile() + ".");
		}
		if (written.startsWith("jdbc:")) {
			Set<String> missing = Placeholders.newMissing();
			String url = Placeholders.resolve(written, settings.environment(), secrets, missing);
			missingVariables(missing, "the URL");
			secrets.add(passwordIn(url));
			return new ConnectionSpec(url, null, null, written);
		}
		return named(written.strip(), settings, secrets);
	}

	private static ConnectionSpec named(String name, DataSettings settings, Secrets secrets) throws Problem {
		Properties connections = read(settings, name);
		String url = connections.getProperty(name + ".url");
		if (url == null || url.isBlank()) {
			throw new Problem("no connection '" + name + "' in " + settings.connectionsFile() + " (it has "
					+ names(connections) + "); add '" + name + ".url = jdbc:...' with '" + name + ".user' and '" + name
					+ ".password', or write a JDBC URL.");
		}
		Set<String> missing = Placeholders.newMissing();
		String password = Placeholders.resolve(connections.getProperty(name + ".password"), settings.environment(), secrets, missing);
		secrets.add(password);
		String user = Placeholders.resolve(connections.getProperty(name + ".user"), settings.environment(), secrets, missing);
		String resolved = Placeholders.resolve(url.strip(), settings.environment(), secrets, missing);
		secrets.add(passwordIn(resolved));
		missingVariables(missing, "connection '" + name + "'");
		return new ConnectionSpec(resolved, user, password, "connection '" + name + "'");
	}

	private static Properties read(DataSettings settings, String name) throws Problem {
		Properties connections = new Properties();
		try (Reader reader = Files.newBufferedReader(settings.connectionsFile(), StandardCharsets.UTF_8)) {
			connections.load(reader);
		} catch (NoSuchFileException e) {
			throw new Problem("'data jdbc \"" + name + "\"' names a connection, but there is no connections file "
					+ settings.connectionsFile() + "; create it with '" + name + ".url = jdbc:...', '" + name + ".user = ...' and '"
					+ name + ".password = ...' (or set " + DataSettings.CONNECTIONS_VARIABLE + " to its place).");
		} catch (IOException | IllegalArgumentException e) {
			throw new Problem("the connections file " + settings.connectionsFile() + " cannot be read ("
					+ e.getClass().getSimpleName() + "); it is a properties file of NAME.url, NAME.user and NAME.password lines.");
		}
		return connections;
	}

	private static String names(Properties connections) {
		Set<String> names = new TreeSet<>();
		connections.stringPropertyNames().stream().filter(key -> key.endsWith(".url"))
				.forEach(key -> names.add(key.substring(0, key.length() - 4)));
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

	private static void missingVariables(Set<String> missing, String where) throws Problem {
		if (!missing.isEmpty()) {
			throw new Problem("the environment variable" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
					+ " that " + where + " names " + (missing.size() > 1 ? "are" : "is") + " not set; set "
					+ (missing.size() > 1 ? "them" : "it") + " before running (export " + missing.iterator().next() + "=...).");
		}
	}

	/** The password a resolved URL carries (from a placeholder), to scrub it from messages. */
	private static String passwordIn(String url) {
		String masked = UrlCredentials.mask(url);
		if (masked.equals(url)) {
			return null;
		}
		// the first position where the masked and the real URL differ starts the password
		int start = 0;
		while (start < url.length() && start < masked.length() && url.charAt(start) == masked.charAt(start)) {
			start++;
		}
		int endInMasked = start + 3;
		String tail = masked.substring(endInMasked);
		int end = url.length() - tail.length();
		return end > start ? url.substring(start, end) : null;
	}

	/** A connection that cannot be made: what is wrong and what to do, with no secret in it. */
	static final class Problem extends Exception {
		private static final long serialVersionUID = 1L;

		Problem(String message) {
			super(message, null, false, false);
		}
	}
}
