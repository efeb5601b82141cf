import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.MethodTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Points a class path at copies of its jars whose class files are older than Java 6, each class rewritten
 * as a Java 8 class file: java CurrentClassFiles.java ROOT. ROOT/lib/cli.classpath lists jars relative to
 * ROOT, one a line; a jar with such classes is copied into ROOT/lib/cli/ and the list rewritten to name the
 * copy. Only the class file version changes and the stack map frames the newer format requires are added:
 * every instruction, name and constant stays as it was.
 *
 * <p>Why: the JDK's ahead-of-time class cache holds no class file older than Java 6 (such a class is verified
 * by the old verifier, whose results cannot be stored), nor any class extending one. picocli, log4j 1 and
 * ANTLR 3 ship Java 5 class files, and Xtext's parser extends ANTLR's: without this, the command line reads
 * some 300 classes from the jars at every start, among them the biggest (the parser and its lexer).
 * A class this cannot rewrite (old subroutine instructions) stays as it was, in the cache or not.
 */
public class CurrentClassFiles {
	private static final int JAVA_6 = 50;
	private static final int JAVA_8 = 52;

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]).toAbsolutePath();
		Path list = root.resolve("lib/cli.classpath");
		List<Path> jars = Files.readAllLines(list).stream().map(root::resolve).toList();
		List<URL> urls = new ArrayList<>();
		for (Path jar : jars) {
			urls.add(jar.toUri().toURL());
		}
		// the stack map frames name the common super class of two types: the whole class path answers
		try (URLClassLoader classPath = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
			ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
					ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.ofResourceParsing(classPath)
							.orElse(ClassHierarchyResolver.defaultResolver())));
			List<String> entries = new ArrayList<>();
			for (Path jar : jars) {
				entries.add(root.relativize(hasOldClasses(jar) ? copyWithCurrentClasses(classFile, jar, root.resolve("lib/cli")) : jar)
						.toString());
			}
			Files.write(list, entries);
		}
	}

	private static boolean hasOldClasses(Path jar) throws IOException {
		try (FileSystem zip = FileSystems.newFileSystem(jar)) {
			return !oldClasses(zip).isEmpty();
		}
	}

	private static List<Path> oldClasses(FileSystem zip) throws IOException {
		try (Stream<Path> files = Files.walk(zip.getPath("/"))) {
			List<Path> old = new ArrayList<>();
			for (Path file : (Iterable<Path>) files::iterator) {
				if (file.toString().endsWith(".class") && !file.startsWith("/META-INF")) {
					try (InputStream in = Files.newInputStream(file)) {
						if (version(in.readNBytes(8)) < JAVA_6) {
							old.add(file);
						}
					}
				}
			}
			return old;
		}
	}

	private static int version(byte[] header) {
		return header.length < 8 ? Integer.MAX_VALUE : ((header[6] & 0xff) << 8) | (header[7] & 0xff);
	}

	/** Copies the jar into the folder, its old class files rewritten in the copy; returns the copy. */
	private static Path copyWithCurrentClasses(ClassFile classFile, Path from, Path folder) throws IOException {
		Path to = Files.createDirectories(folder).resolve(from.getFileName());
		Path partial = to.resolveSibling(to.getFileName() + ".partial");
		Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
		int kept = 0;
		try (FileSystem zip = FileSystems.newFileSystem(partial)) {
			for (Path old : oldClasses(zip)) {
				try {
					Files.write(old, current(classFile, Files.readAllBytes(old)));
				} catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
					kept++;
				}
			}
		}
		Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING);
		if (kept > 0) {
			System.err.println("CurrentClassFiles: " + kept + " classes of " + from.getFileName() + " kept as they were");
		}
		return to;
	}

	/** The class as a Java 8 class file; its code is written anew, which adds the stack map frames. */
	private static byte[] current(ClassFile classFile, byte[] bytes) {
		ClassModel model = classFile.parse(bytes);
		CodeTransform rewrite = (code, element) -> code.with(element);
		return classFile.transformClass(model, (clazz, element) -> {
			if (element instanceof ClassFileVersion) {
				clazz.withVersion(JAVA_8, 0);
			} else if (element instanceof MethodModel method) {
				clazz.transformMethod(method, MethodTransform.transformingCode(rewrite));
			} else {
				clazz.with(element);
			}
		});
	}
}
