package org.northstar.core.check;

import java.io.IOException;

/**
 * A model whose bytes could not be read at all (gone, no permission, I/O
 * error). Unlike a binary file this is trouble of the host's environment, not
 * a problem of the model, so hosts decide: the CLI stops with exit code 2, the
 * builder puts a marker on the file.
 */
public record ReadFailure<S extends ModelSource>(S source, IOException cause) {

	/** "cannot be read (reason)." as the hosts print it after the file's name. */
	public String message() {
		return "cannot be read (" + cause.getMessage() + ").";
	}
}
