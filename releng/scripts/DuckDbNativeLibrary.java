import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Unpacks DuckDB's native library for this machine once, at build time: java DuckDbNativeLibrary.java ROOT.
 * ROOT/lib/cli.classpath lists jars relative to ROOT, one a line; the DuckDB jar among them is replaced by a
 * copy in ROOT/lib/cli/ without its native libraries, and this machine's library is written beside it.
 *
 * <p>Why: DuckDB's driver carries its library (72 MB on Linux) inside the jar and, when it finds it there,
 * inflates it into a new temporary file at every start of a process: a third of a second of CPU and 72 MB
 * written for every {@code northstar status} over DuckDB. Without it in the jar, the driver loads the file
 * of the same name from its jar's folder. A machine the copy has no library for keeps the jar as it was.
 */
public class DuckDbNativeLibrary {
	private static final String PREFIX = "libduckdb_java.so_";

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]).toAbsolutePath();
		Path list = root.resolve("lib/cli.classpath");
		String library = PREFIX + os() + "_" + arch();
		List<String> entries = new ArrayList<>();
		for (String entry : Files.readAllLines(list)) {
			Path jar = root.resolve(entry);
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				ZipEntry ours = zip.getEntry(library);
				if (ours == null) {
					entries.add(entry);
					continue;
				}
				Path folder = Files.createDirectories(root.resolve("lib/cli"));
				Path copy = folder.resolve(jar.getFileName());
				Path written = folder.resolve(jar.getFileName() + ".part");
				try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(written))) {
					for (ZipEntry zipEntry : zip.stream().toList()) {
						if (!zipEntry.getName().startsWith(PREFIX)) {
							out.putNextEntry(new ZipEntry(zipEntry.getName()));
							try (InputStream in = zip.getInputStream(zipEntry)) {
								in.transferTo(out);
							}
							out.closeEntry();
						}
					}
				}
				Path unpacked = folder.resolve(library);
				try (InputStream in = zip.getInputStream(ours); OutputStream out = Files.newOutputStream(unpacked)) {
					in.transferTo(out);
				}
				// the jar may itself be a copy in lib/cli (an unsigned one): it is replaced only once read whole
				Files.move(written, copy, StandardCopyOption.REPLACE_EXISTING);
				entries.add(root.relativize(copy).toString());
				System.err.println("duckdb-native: " + root.relativize(unpacked) + " unpacked beside " + root.relativize(copy));
			}
		}
		Files.write(list, entries);
	}

	/** The platform's name as DuckDB's driver spells it. */
	private static String os() {
		String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux";
	}

	private static String arch() {
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		return arch.equals("x86_64") || arch.equals("amd64") ? "amd64" : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : arch;
	}
}
