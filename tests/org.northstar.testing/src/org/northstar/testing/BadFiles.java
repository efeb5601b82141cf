package org.northstar.testing;

import java.nio.charset.StandardCharsets;

/**
 * Files a person may give North Star that are not well-made models, or are models in an unusual
 * form: the same bytes for the command line's tests and the editor's and diagram's, so that every
 * host is held to the same inputs (issue 14).
 */
public final class BadFiles {

	/** A few bytes with NUL and 0xFF in them: an image or an archive renamed. */
	public static byte[] binary() {
		return new byte[] { 'p', 0, 1, 2, (byte) 0xFF };
	}

	/** Fifty megabytes of comment lines, far beyond the 8 MB a model may have. */
	public static byte[] fiftyMegabytes() {
		return ("// " + "x".repeat(79) + "\n").repeat(50 * 1024 * 1024 / 83).getBytes(StandardCharsets.US_ASCII);
	}

	/** A product name in ISO-8859-1 (an é as one byte): not UTF-8. */
	public static byte[] latin1() {
		return "product Caf\u00e9 { }\n".getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A model of one line of a megabyte: a product whose value is a megabyte long. */
	public static String megabyteLine() {
		return "product Long \"" + "y".repeat(1024 * 1024) + "\" { }";
	}

	/** {@code depth} inputs, each inside the one before: too deep beyond 100 levels (line 101, column 11). */
	public static String nestedInputs(int depth) {
		StringBuilder text = new StringBuilder("product Deep {\n");
		for (int i = 0; i < depth; i++) {
			text.append("input I").append(i).append(" {\n");
		}
		return text.append("}\n".repeat(depth + 1)).toString();
	}

	/** The text in UTF-8 after a byte order mark, as Notepad and PowerShell 5 write it. */
	public static byte[] withByteOrderMark(String text) {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(body, 0, bytes, bom.length, body.length);
		return bytes;
	}

	/** The text with Windows line ends. */
	public static String crlf(String text) {
		return text.replace("\n", "\r\n");
	}

	/** The text with lone carriage returns (old Mac OS) as line ends. */
	public static String loneCr(String text) {
		return text.replace("\n", "\r");
	}

	private BadFiles() {
	}
}
