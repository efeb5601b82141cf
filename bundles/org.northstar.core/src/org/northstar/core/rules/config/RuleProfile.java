package org.northstar.core.rules.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.Severity;

/**
 * Severities chosen per rule id, and what was wrong with the files they came
 * from. A mistake in a profile never stops validation: the entry is skipped
 * and a problem describes it, for the validator and the CLI to show.
 */
public final class RuleProfile {

	public static final RuleProfile DEFAULTS = new RuleProfile(Map.of(), List.of());

	private final Map<String, Severity> severities;
	private final List<String> problems;

	private RuleProfile(Map<String, Severity> severities, List<String> problems) {
		this.severities = Map.copyOf(severities);
		this.problems = List.copyOf(problems);
	}

	public Severity severityOf(Rule rule) {
		return severities.getOrDefault(rule.id(), rule.defaultSeverity());
	}

	/** What was wrong with the profile files, one sentence each; empty when all is well. */
	public List<String> problems() {
		return problems;
	}

	/** This profile with every key that {@code nearer} sets taken from there. */
	public RuleProfile overriddenBy(RuleProfile nearer) {
		Map<String, Severity> merged = new TreeMap<>(severities);
		merged.putAll(nearer.severities);
		List<String> allProblems = new ArrayList<>(problems);
		allProblems.addAll(nearer.problems);
		return new RuleProfile(merged, allProblems);
	}

	/** Reads {@code rule-id = off|info|warning|error} lines; unknown ids and values become problems. */
	public static RuleProfile read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			return new RuleProfile(Map.of(), List.of(file + ": cannot be read (" + e.getMessage() + "); rule defaults apply."));
		}
		Map<String, Severity> severities = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		for (String id : new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
			String value = properties.getProperty(id);
			Optional<Severity> severity = Severity.ofWord(value);
			if (RuleCatalog.byId(id).isEmpty()) {
				problems.add(file + ": '" + id + "' is not a rule id; see the rule catalog for the ids (e.g. vanity-north-star).");
			} else if (severity.isEmpty()) {
				problems.add(file + ": '" + id + " = " + value + "' is not a severity; use off, info, warning or error.");
			} else {
				severities.put(id, severity.get());
			}
		}
		return new RuleProfile(severities, problems);
	}
}
