package org.northstar.core.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.northstar.core.io.AtomicFiles;

/**
 * The child process of {@link AtomicWriteKillTest}: writes a large file through {@link AtomicFiles}
 * in small pieces (so that a kill lands in the middle), saying on stdout when it starts.
 * Arguments: the file, the byte to fill it with, the size in bytes.
 */
public final class KillTestWriter {

	private KillTestWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		byte[] piece = new byte[16 * 1024];
		Arrays.fill(piece, (byte) args[1].charAt(0));
		long size = Long.parseLong(args[2]);
		System.out.println("writing");
		System.out.flush();
		AtomicFiles.write(file, out -> {
			for (long written = 0; written < size; written += piece.length) {
				out.write(piece, 0, (int) Math.min(piece.length, size - written));
			}
		});
		System.out.println("done");
	}
}
