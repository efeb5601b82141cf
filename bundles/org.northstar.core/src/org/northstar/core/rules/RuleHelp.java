package org.northstar.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * What the help says about a rule beyond its why: a model that makes it fire ({@code rules/examples/ID.northstar},
 * proven by the tests) and how to fix what it finds ({@code rules/fixes.properties}). Data, so that the help
 * pages, the editors' hovers and the tests read the same words.
 */
public final class RuleHelp {

	private static final Properties FIXES = load("/rules/fixes.properties");

	private RuleHelp() {
	}

	public static String example(String ruleId) {
		try (InputStream in = open("/rules/examples/" + ruleId + ".northstar")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The data a data rule's example reads ({@code rules/examples/ID.csv}, named in the example's
	 * {@code data csv} line); empty for the rules that need none.
	 */
	public static Optional<String> exampleData(String ruleId) {
		try (InputStream in = RuleHelp.class.getResourceAsStream("/rules/examples/" + ruleId + ".csv")) {
			return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String fix(String ruleId) {
		String fix = FIXES.getProperty(ruleId);
		if (fix == null) {
			throw new IllegalArgumentException("no fix is written for rule '" + ruleId + "' in rules/fixes.properties");
		}
		return fix;
	}

	private static Properties load(String location) {
		Properties properties = new Properties();
		try (InputStream in = open(location)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	private static InputStream open(String location) {
		InputStream in = RuleHelp.class.getResourceAsStream(location);
		if (in == null) {
			throw new IllegalArgumentException("the rule help is missing " + location + " (a packaging error)");
		}
		return in;
	}
}
