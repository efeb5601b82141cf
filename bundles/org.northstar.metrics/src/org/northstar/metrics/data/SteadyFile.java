package org.northstar.metrics.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A file's bytes read whole, once, and only when the file held still while they were read: its
 * size, modification time and identity the same before and after, and as many bytes read as it
 * has. A data file rewritten while it is read (an export job writing in place) would otherwise
 * give a mix of its old and new rows, or a half-written last row. Such a read is tried again a
 * few times; a file that keeps changing is reported, never read half. A writer that pauses
 * between two chunks leaves a file that holds still while it is read yet is half written, so a
 * file changed within the last {@link #SETTLE} is first given that long to settle.
 */
final class SteadyFile {

	/** Reads tried before giving up on a file that keeps changing. */
	static final int ATTEMPTS = 5;

	/** How long a file must have been left alone before its content is trusted to be whole. */
	static final long SETTLE = 50;

	private record Stamp(long size, FileTime modified, Object identity) {
	}

	private SteadyFile() {
	}

	/** The whole content as of one moment; empty when the file changed during every attempt. */
	static Optional<byte[]> read(Path file) throws IOException {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Stamp before = stamp(file);
			long age = System.currentTimeMillis() - before.modified().toMillis();
			if (age >= 0 && age < SETTLE) {
				if (!pause(SETTLE - age)) {
					return Optional.empty();
				}
				continue;
			}
			byte[] bytes = Files.readAllBytes(file);
			Stamp after = stamp(file);
			if (before.equals(after) && after.size() == bytes.length) {
				return Optional.of(bytes);
			}
			Thread.onSpinWait();
		}
		return Optional.empty();
	}

	/** False when interrupted: the caller gives up as for a file that kept changing. */
	private static boolean pause(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Stamp stamp(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		return new Stamp(attributes.size(), attributes.lastModifiedTime(), Objects.requireNonNullElse(attributes.fileKey(), ""));
	}
}
