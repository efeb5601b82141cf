package org.northstar.core.rules;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/** How loudly a rule speaks; {@link #OFF} only ever comes from a profile, never as a default. */
public enum Severity {
	OFF, INFO, WARNING, ERROR;

	/** The EMF diagnostic severity; OFF has none because it is never reported. */
	public int diagnosticSeverity() {
		return switch (this) {
			case INFO -> Diagnostic.INFO;
			case WARNING -> Diagnostic.WARNING;
			case ERROR -> Diagnostic.ERROR;
			case OFF -> throw new IllegalStateException("a rule that is off reports nothing");
		};
	}

	/** The word used in profile files: off, info, warning, error. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Severity> ofWord(String word) {
		for (Severity severity : values()) {
			if (severity.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}
}
