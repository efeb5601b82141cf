package org.northstar.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one way North Star writes a file the user owns (format, export, import): a reader, or a
 * crash or {@code kill -9} in the middle, sees the complete old content or the complete new one,
 * never half.
 * <p>
 * The new content goes to a temporary file in the target's own folder (a move is atomic only
 * within one file system), is forced to the disk, gets the target's mode, owner and group, and is
 * then moved over the target. A symbolic link is written through: its target is replaced and the
 * link stays. A file with several hard links cannot be replaced without breaking them, so it is
 * overwritten in place (links kept, atomicity traded). The temporary file is deleted when the
 * write fails; one left by a killed process is deleted by the next write to the same file. A
 * writer holds a lock on its temporary file, so a concurrent writer's file is never taken for an
 * abandoned one (the operating system drops the lock of a killed process).
 */
public final class AtomicFiles {

	/** The ending of every temporary file, {@code .NAME.RANDOM.northstar-tmp} beside the file NAME. */
	public static final String TEMPORARY_SUFFIX = ".northstar-tmp";

	private static final int BUFFER_BYTES = 64 * 1024;
	private static final int MAX_LINKS_FOLLOWED = 40;
	private static final SecureRandom RANDOM = new SecureRandom();

	/** Writes the new content of a file to the stream it is given. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Replaces the file's content with these bytes (creating the file and its folders when missing). */
	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/** Replaces the file's content with what {@code content} writes; on any failure the file is unchanged. */
	public static void write(Path target, Content content) throws IOException {
		Path file = throughLinks(target.toAbsolutePath());
		Path folder = file.getParent();
		Files.createDirectories(folder);
		String name = file.getFileName().toString();
		deleteAbandonedTemporaries(folder, name);
		if (hardLinkCount(file) > 1) {
			overwriteInPlace(file, content);
			return;
		}
		Path temporary = folder.resolve("." + name + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + TEMPORARY_SUFFIX);
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			writeAndForce(channel, content);
			copyOwnerAndMode(file, temporary);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException | Error e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	/** Where the bytes of {@code path} live: symbolic links followed, even one whose target does not exist yet. */
	private static Path throughLinks(Path path) throws IOException {
		Path file = path;
		for (int i = 0; Files.isSymbolicLink(file); i++) {
			if (i == MAX_LINKS_FOLLOWED) {
				throw new IOException(path + ": too many levels of symbolic links");
			}
			file = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
		}
		return file;
	}

	private static int hardLinkCount(Path file) {
		try {
			return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return 1; // a new file, or a file system that has no such count (Windows): one name
		}
	}

	private static void overwriteInPlace(Path file, Content content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
			writeAndForce(channel, content);
		}
	}

	private static void writeAndForce(FileChannel channel, Content content) throws IOException {
		OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
		content.writeTo(out);
		out.flush();
		channel.force(true);
	}

	/** The target's mode, owner and group on the new file; a new target keeps what the umask gave. */
	private static void copyOwnerAndMode(Path file, Path temporary) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (view == null || !Files.exists(file)) {
			return;
		}
		PosixFileAttributes attributes = view.readAttributes();
		PosixFileAttributeView copy = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		copy.setPermissions(attributes.permissions());
		try {
			copy.setGroup(attributes.group());
			copy.setOwner(attributes.owner());
		} catch (IOException e) {
			// Only the superuser may give a file away; the file then becomes the writer's, as any editor's save does.
		}
	}

	/** Deletes temporaries of this file that no living writer holds (left by a killed process). */
	private static void deleteAbandonedTemporaries(Path folder, String name) {
		try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, "." + globEscaped(name) + ".*" + TEMPORARY_SUFFIX)) {
			for (Path temporary : temporaries) {
				deleteIfAbandoned(temporary);
			}
		} catch (IOException | RuntimeException e) {
			// Cleaning up is a courtesy; it must never stop the write itself.
		}
	}

	private static void deleteIfAbandoned(Path temporary) {
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				Files.deleteIfExists(temporary);
				lock.release();
			}
		} catch (IOException | OverlappingFileLockException e) {
			// held by a writer of this process or another, or already gone: not abandoned
		}
	}

	private static String globEscaped(String name) {
		return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
	}
}
