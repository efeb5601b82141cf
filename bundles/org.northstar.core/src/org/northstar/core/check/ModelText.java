package org.northstar.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

import org.northstar.dsl.parser.UnreadableText;

/**
 * Keeps what is not a .northstar text out of the parser: a model is UTF-8 text
 * written by people, so binary files, other encodings and huge files get one
 * clear problem instead of thousands of syntax errors (or an exhausted heap).
 */
final class ModelText {

	/** Larger files are refused: a model is text written by people, not megabytes of data. */
	static final long MAX_BYTES = UnreadableText.MAX_BYTES;

	/** How far to look for a NUL byte, the surest sign of a binary file. */
	private static final int BINARY_SNIFF_BYTES = 8192;

	private ModelText() {
	}

	/** The bytes of the source, or null when it holds more than {@link #MAX_BYTES}; reads no further than that. */
	static byte[] read(ModelSource source) throws IOException {
		try (InputStream in = source.open()) {
			byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
			return bytes.length > MAX_BYTES ? null : bytes;
		}
	}

	/** Why these bytes (null: too large) are not a model's text, or null when they are. */
	static String whyNotText(byte[] bytes) {
		if (bytes == null) {
			return UnreadableText.TOO_LARGE;
		}
		for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
			if (bytes[i] == 0) {
				return UnreadableText.BINARY;
			}
		}
		return isUtf8(bytes) ? null : UnreadableText.NOT_UTF8;
	}

	/** Decoded through a small buffer: the parser decodes the text again, so a whole copy of it here was waste. */
	private static boolean isUtf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(4096);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return !decoder.flush(out.clear()).isError();
			}
			out.clear();
		}
	}
}
