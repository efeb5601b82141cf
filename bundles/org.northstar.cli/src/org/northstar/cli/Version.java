package org.northstar.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/** The version the command line reports: Bundle-Version of the jar this class was loaded from. */
final class Version {

	private Version() {
	}

	static String current() {
		try {
			Path location = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isRegularFile(location)) {
				try (JarFile jar = new JarFile(location.toFile())) {
					String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
					if (version != null) {
						return version;
					}
				}
			}
		} catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
			// no jar to read (running from classes in a development setup): fall through
		}
		return "development";
	}
}
