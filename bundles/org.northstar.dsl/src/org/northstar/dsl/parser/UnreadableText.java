package org.northstar.dsl.parser;

/**
 * Texts that are no model at all: too large to be one, a binary file, or bytes that were not UTF-8.
 * The command line sees the bytes and refuses such files before parsing; editors and the language
 * server see text already decoded (a NUL for binary content, U+FFFD for each byte that was not
 * UTF-8), so the parser refuses the same files with the same message, as one syntax error, instead
 * of a screen of errors about characters nobody typed.
 */
public final class UnreadableText {

	/** Larger files are refused: a model is text written by people, not megabytes of data. */
	public static final long MAX_BYTES = 8L * 1024 * 1024;

	public static final String TOO_LARGE = "The file is larger than " + MAX_BYTES / (1024 * 1024)
			+ " MB; a .northstar model is text. Split it into several files.";

	public static final String BINARY = "This is a binary file, not a .northstar text file. Remove it or rename it.";

	public static final String NOT_UTF8 = "The file is not UTF-8 text. Save it as UTF-8.";

	/** What a decoder puts in place of bytes it cannot read. */
	private static final char REPLACEMENT = '\uFFFD';

	private UnreadableText() {
	}

	/** Why the text is no model, where (the place of the first unreadable character), or null when it may be one. */
	static StructureLimits.Violation check(CharSequence text) {
		if (text.length() > MAX_BYTES) {
			return new StructureLimits.Violation(0, TOO_LARGE);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return new StructureLimits.Violation(0, BINARY);
			}
			if (c == REPLACEMENT) {
				return new StructureLimits.Violation(i, "The file is not UTF-8 text: the character here stands for bytes that are not UTF-8. Save it as UTF-8.");
			}
		}
		return null;
	}
}
