package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.io.AtomicFiles;

/** The one writer of user files keeps what the file is (mode, links) and leaves nothing behind. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void keepsTheModeOfTheFileItReplaces() throws IOException {
		Path file = Files.writeString(dir.resolve("model.northstar"), "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		AtomicFiles.write(file, bytes("new"));
		assertEquals("new", Files.readString(file));
		assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aNewFileGetsTheUsualModeNotAPrivateOne() throws IOException {
		Path file = dir.resolve("sub/new.northstar");
		AtomicFiles.write(file, bytes("new"));
		assertEquals("new", Files.readString(file));
		Path usual = Files.createFile(dir.resolve("usual"));
		assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(file),
				"the new file did not get the mode every new file gets here (the temporary file's private one?)");
	}

	@Test
	void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
		Path target = Files.writeString(dir.resolve("real.northstar"), "old");
		Path link = Files.createSymbolicLink(dir.resolve("link.northstar"), Path.of("real.northstar"));
		AtomicFiles.write(link, bytes("new"));
		assertTrue(Files.isSymbolicLink(link), "the link was replaced by a regular file");
		assertEquals("new", Files.readString(target));
	}

	@Test
	void keepsHardLinks() throws IOException {
		Path file = Files.writeString(dir.resolve("one.northstar"), "old");
		Path other = Files.createLink(dir.resolve("two.northstar"), file);
		AtomicFiles.write(file, bytes("new"));
		assertEquals("new", Files.readString(other), "the other name of the file still shows the old text");
		assertEquals(2, (Integer) Files.getAttribute(file, "unix:nlink"));
	}

	@Test
	void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
		Path file = Files.writeString(dir.resolve("model.northstar"), "old");
		assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write(new byte[100_000]);
			throw new IOException("disk full");
		}));
		assertEquals("old", Files.readString(file));
		assertEquals(List.of(file), files());
	}

	@Test
	void aTemporaryFileLeftByAKilledWriterGoesWithTheNextWrite() throws IOException {
		Path file = Files.writeString(dir.resolve("model.northstar"), "old");
		Path abandoned = Files.writeString(dir.resolve(".model.northstar.0123456789abcdef" + AtomicFiles.TEMPORARY_SUFFIX), "half");
		AtomicFiles.write(file, bytes("new"));
		assertFalse(Files.exists(abandoned));
		assertEquals(List.of(file), files());
	}

	@Test
	void aTemporaryFileThatAWriterStillHoldsIsLeftAlone() throws IOException {
		Path file = Files.writeString(dir.resolve("model.northstar"), "old");
		Path busy = Files.writeString(dir.resolve(".model.northstar.fedcba9876543210" + AtomicFiles.TEMPORARY_SUFFIX), "half");
		try (FileChannel channel = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			AtomicFiles.write(file, bytes("new"));
			assertTrue(Files.exists(busy), "another writer's temporary file was deleted");
		}
		assertEquals("new", Files.readString(file));
	}

	private static AtomicFiles.Content bytes(String text) {
		return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.sorted().toList();
		}
	}
}
