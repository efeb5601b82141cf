import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Points a class path at unsigned copies of its signed jars: java UnsignedCopy.java ROOT.
 * ROOT/lib/cli.classpath lists jars relative to ROOT, one a line; each signed one is copied without
 * its signature files into ROOT/lib/cli/ and the list is rewritten to name the copy.
 *
 * {@code java UnsignedCopy.java --in-place DIR} takes the signature files out of every signed jar in DIR
 * itself: the Linux archive's plug-ins, so that the studio's class cache holds their classes too.
 *
 * <p>Why: the JDK's ahead-of-time class cache skips every class of a signed jar (their protection
 * domain needs the signers at run time), and Eclipse's jars are signed. The command line reads them
 * through these copies so that its cache holds them. Equinox does not check signatures unless told to
 * (osgi.signedcontent.support), so the studio loses nothing by the unsigned plug-ins.
 */
public class UnsignedCopy {
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		if (args[0].equals("--in-place")) {
			try (var jars = Files.list(Path.of(args[1]))) {
				for (Path jar : (Iterable<Path>) jars.filter(p -> p.toString().endsWith(".jar"))::iterator) {
					if (isSigned(jar)) {
						copyWithoutSignature(jar, jar);
					}
				}
			}
			return;
		}
		Path root = Path.of(args[0]);
		Path list = root.resolve("lib/cli.classpath");
		List<String> rewritten = new ArrayList<>();
		for (String line : Files.readAllLines(list)) {
			Path jar = root.resolve(line);
			if (isSigned(jar)) {
				String copy = "lib/cli/" + jar.getFileName();
				Files.createDirectories(root.resolve("lib/cli"));
				copyWithoutSignature(jar, root.resolve(copy));
				rewritten.add(copy);
			} else {
				rewritten.add(line);
			}
		}
		Files.write(list, rewritten);
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(entry -> SIGNATURE.matcher(entry.getName()).matches());
		}
	}

	private static void copyWithoutSignature(Path from, Path to) throws IOException {
		Path partial = to.resolveSibling(to.getFileName() + ".partial");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING);
	}
}
