package org.northstar.metrics.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The secret values met while connecting (passwords, and every value an {@code ${env:NAME}}
 * placeholder brought in), so that no message built from a database's answer or a URL echoes
 * one: every problem text passes through {@link #scrub(String)} before it becomes a
 * {@link DataProblem}.
 */
final class Secrets {

	private static final String MASK = "***";

	private final List<String> values = new ArrayList<>();

	void add(String secret) {
		if (secret != null && !secret.isEmpty()) {
			values.add(secret);
			// the longest first, so that a secret containing another is masked whole
			values.sort(Comparator.comparingInt(String::length).reversed());
		}
	}

	/** {@code text} without any secret, and with the passwords of any URL in it masked. */
	String scrub(String text) {
		if (text == null) {
			return "";
		}
		String scrubbed = text;
		for (String secret : values) {
			scrubbed = scrubbed.replace(secret, MASK);
		}
		return UrlCredentials.maskInText(scrubbed);
	}
}
