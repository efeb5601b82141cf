package org.northstar.core.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/**
 * One model to check: where it lives and how to read its bytes. The URI
 * names the model in problems and in qualified-name links, and rule profiles
 * are looked up from it, so for a file on disk it should be the file URI of
 * its real location (as {@link #ofFile(Path)} makes it).
 */
public interface ModelSource {

	URI uri();

	/** Opens the model's bytes; called once per check, the caller closes the stream. */
	InputStream open() throws IOException;

	/** A file on disk, named by {@link #fileUri(Path)}. */
	static ModelSource ofFile(Path file) {
		URI uri = fileUri(file);
		return new ModelSource() {
			@Override
			public URI uri() {
				return uri;
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(file);
			}
		};
	}

	/** The file URI of the absolute, normalized path: how every host names a model file on disk. */
	static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** Bytes already in memory, e.g. an editor's unsaved text or a test's model. */
	static ModelSource of(URI uri, byte[] bytes) {
		return new ModelSource() {
			@Override
			public URI uri() {
				return uri;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		};
	}
}
