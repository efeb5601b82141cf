package org.northstar.metrics.data;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords written into a JDBC URL: a {@code password=} (or {@code pwd=}) parameter, a
 * {@code user:password@} user part, or Oracle's {@code user/password@}. A value that is only an
 * {@code ${env:NAME}} placeholder is no password: it is looked up when the data is loaded.
 * Read by the {@code credentials-in-model} rule and by the loader, which masks what it finds
 * before a URL reaches any message.
 */
public final class UrlCredentials {

	private static final String PLACEHOLDER = "\\$\\{env:[A-Za-z_][A-Za-z0-9_]*\\}";
	private static final Pattern PARAMETER = Pattern.compile("(?i)([?&;:](?:password|pwd|passwd)=)([^&;]*)");
	/** A password parameter inside other text (a database's message): it ends where the URL does. */
	private static final Pattern PARAMETER_IN_TEXT = Pattern.compile("(?i)([?&;:](?:password|pwd|passwd)=)([^&;\\s)\"']*)");
	private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;\\s]*:)([^/@\\s]*)(@)");
	private static final Pattern ORACLE = Pattern.compile("(?i)(:thin:[^/@:\\s]+/)([^@\\s]+)(@)");

	private UrlCredentials() {
	}

	/** What in {@code url} is a password ("a password= parameter", ...), if anything is. */
	public static Optional<String> find(String url) {
		if (url == null) {
			return Optional.empty();
		}
		if (literal(PARAMETER.matcher(url), 2)) {
			return Optional.of("a password parameter (" + parameterName(url) + ")");
		}
		if (literal(USER_INFO.matcher(url), 2)) {
			return Optional.of("a password in its user part (user:password@)");
		}
		if (literal(ORACLE.matcher(url), 2)) {
			return Optional.of("a password in its user part (user/password@)");
		}
		return Optional.empty();
	}

	/** {@code url} with every password written in it replaced by {@code ***}. */
	public static String mask(String url) {
		return mask(url, PARAMETER);
	}

	/** {@code text} (a message that may quote URLs) with every password of a URL in it replaced by {@code ***}. */
	static String maskInText(String text) {
		return mask(text, PARAMETER_IN_TEXT);
	}

	private static String mask(String url, Pattern parameter) {
		if (url == null) {
			return null;
		}
		String masked = parameter.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***"));
		masked = USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***" + m.group(3)));
		return ORACLE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***" + m.group(3)));
	}

	private static boolean literal(Matcher matcher, int group) {
		while (matcher.find()) {
			String value = matcher.group(group);
			if (!value.isEmpty() && !value.matches(PLACEHOLDER)) {
				return true;
			}
		}
		return false;
	}

	private static String parameterName(String url) {
		Matcher matcher = PARAMETER.matcher(url);
		return matcher.find() ? matcher.group(1).substring(1, matcher.group(1).length() - 1) : "password";
	}
}
