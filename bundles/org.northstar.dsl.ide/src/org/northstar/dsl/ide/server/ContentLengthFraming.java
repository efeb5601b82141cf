package org.northstar.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The client's byte stream, checked message by message before LSP4J reads it. LSP frames each
 * message with a {@code Content-Length} header; when that header is missing, misspelled or not a
 * number, LSP4J cannot know where the message ends, reads the body as headers and every later
 * message with it: the server stayed alive but deaf, ignoring even {@code shutdown} and
 * {@code exit}. Here such a message is dropped with a line on the log, and reading resumes at the
 * next {@code Content-Length} header, so the messages after it are served. Good messages pass
 * unchanged.
 */
final class ContentLengthFraming extends InputStream {

	private static final String CONTENT_LENGTH = "content-length:";

	private final InputStream in;
	private final PrintStream log;
	private byte[] message = new byte[0];
	private int next;
	/** Bytes already read past a dropped message: the start of the next header. */
	private String pending = "";

	ContentLengthFraming(InputStream in, PrintStream log) {
		this.in = in;
		this.log = log;
	}

	@Override
	public int read() throws IOException {
		if (next == message.length && !nextMessage()) {
			return -1;
		}
		return message[next++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (next == message.length && !nextMessage()) {
			return -1;
		}
		int count = Math.min(length, message.length - next);
		System.arraycopy(message, next, buffer, offset, count);
		next += count;
		return count;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Reads the next well-framed message; false at the end of the input. */
	private boolean nextMessage() throws IOException {
		while (true) {
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			int length = -1;
			String line;
			boolean any = false;
			while ((line = headerLine()) != null && !line.isEmpty()) {
				any = true;
				header.writeBytes((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
				if (line.toLowerCase(Locale.ROOT).startsWith(CONTENT_LENGTH)) {
					length = parseLength(line.substring(CONTENT_LENGTH.length()).trim());
				}
			}
			if (line == null) {
				return false;
			}
			if (!any) {
				continue; // a stray blank line between messages
			}
			if (length >= 0) {
				byte[] body = in.readNBytes(length);
				if (body.length < length) {
					return false;
				}
				header.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
				header.writeBytes(body);
				message = header.toByteArray();
				next = 0;
				return true;
			}
			log.println("northstar lsp: ignored a message without a valid Content-Length header (" + header.toString(StandardCharsets.US_ASCII).strip()
					+ "); reading on from the next header.");
			if (!skipToNextHeader()) {
				return false;
			}
		}
	}

	private static int parseLength(String value) {
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** One header line without its line end, or null at the end of the input. */
	private String headerLine() throws IOException {
		StringBuilder line = new StringBuilder(pending);
		pending = "";
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
				return line.substring(0, end);
			}
			line.append((char) c);
		}
		return null;
	}

	/** Skips the dropped message's body, up to the next "Content-Length:", which becomes pending. */
	private boolean skipToNextHeader() throws IOException {
		StringBuilder window = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			window.append(Character.toLowerCase((char) c));
			if (window.length() > CONTENT_LENGTH.length()) {
				window.deleteCharAt(0);
			}
			if (window.toString().equals(CONTENT_LENGTH)) {
				pending = "Content-Length:";
				return true;
			}
		}
		return false;
	}
}
