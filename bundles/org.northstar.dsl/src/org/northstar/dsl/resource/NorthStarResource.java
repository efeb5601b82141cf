package org.northstar.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.util.Arrays;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A .northstar file as Xtext loads it, less a UTF-8 byte order mark: Notepad and PowerShell 5
 * write one, Java's UTF-8 decoder keeps it as a character, and the parser then failed at 1:1 on a
 * file that is fine. The mark is not part of the text, as in every Eclipse editor; {@code format}
 * writes it back.
 */
public class NorthStarResource extends LazyLinkingResource {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		return super.createReader(withoutByteOrderMark(inputStream));
	}

	/** The stream without a leading UTF-8 byte order mark, if it starts with one. */
	public static InputStream withoutByteOrderMark(InputStream in) throws IOException {
		PushbackInputStream stream = new PushbackInputStream(in, UTF8_BOM.length);
		byte[] start = stream.readNBytes(UTF8_BOM.length);
		if (!Arrays.equals(start, UTF8_BOM)) {
			stream.unread(start);
		}
		return stream;
	}

	/** Whether the bytes start with a UTF-8 byte order mark. */
	public static boolean startsWithByteOrderMark(byte[] bytes) {
		return bytes.length >= UTF8_BOM.length && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
	}

	/** The byte order mark, for writers that keep a file's own. */
	public static byte[] byteOrderMark() {
		return UTF8_BOM.clone();
	}
}
