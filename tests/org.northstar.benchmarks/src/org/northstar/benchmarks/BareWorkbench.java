package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The floor of the studio's start-up: the unpacked studio less our bundles and the libraries only they
 * bring (Xtext, ELK, LSP4J, Guice, DuckDB, ...), started as the platform's IDE workbench with no product
 * (no splash, no welcome, the Resource perspective). A probe bundle of the benchmark's own
 * ({@code bare-workbench/}, compiled here against the studio's plug-ins) does what the studio's first start
 * does at early start-up: it creates a project with the example's main model as a text file, opens it in the
 * platform's text editor and reports when the UI thread next takes work, as the studio's StartupReport does.
 * The plug-ins are hard links into the studio's folder; only the configuration area is the floor's own.
 * The studio's class cache (lib/studio.aot) is left out: the floor is the platform as it comes. Its
 * configuration area is initialized as the studio's build does it (Equinox's framework state and the
 * extension registry's cache written by {@code -initialize}), so neither side parses every plugin.xml.
 */
final class BareWorkbench {

	private static final String PROBE = "tests/org.northstar.benchmarks/bare-workbench";

	/** Bundles that only our features bring into the product (bundles.info names, by prefix). */
	private static final List<String> OURS = List.of("org.northstar.", "org.eclipse.xtext", "org.eclipse.xtend",
			"org.eclipse.elk.", "org.eclipse.lsp4j", "com.google.inject", "com.google.guava", "com.google.gson",
			"wrapped.aopalliance", "org.antlr.", "org.duckdb.", "org.postgresql.", "picocli",
			"org.apache.commons.commons-csv", "org.apache.log4j", "net.sf.jasperreports");

	/** The configuration area's files that name the bundles; the framework's and registry's state is made anew. */
	private static final List<String> CONFIGURATION = List.of("config.ini", "org.eclipse.equinox.simpleconfigurator",
			"org.eclipse.update");

	private BareWorkbench() {
	}

	/** The bare workbench made from the unpacked studio {@code studio}, in {@code into}. */
	static Path make(Path studio, Path into) throws IOException, InterruptedException {
		try (Stream<Path> files = Files.walk(studio)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path copy = into.resolve(studio.relativize(file).toString());
				if (file.equals(studio.resolve("lib/studio.aot")) || leftOut(studio.resolve("configuration"), file)) {
					continue;
				}
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else if (file.startsWith(studio.resolve("configuration"))) {
					Files.copy(file, copy);
				} else {
					Files.createLink(copy, file);
				}
			}
		}
		Path plugins = into.resolve("plugins");
		Path probe = plugins.resolve("org.northstar.bare_1.0.0.jar");
		writeProbe(plugins, probe);
		Path bundles = into.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		List<String> kept = new ArrayList<>();
		for (String line : Files.readAllLines(bundles, StandardCharsets.UTF_8)) {
			if (OURS.stream().noneMatch(line::startsWith)) {
				kept.add(line);
			}
		}
		kept.add("org.northstar.bare,1.0.0,plugins/" + probe.getFileName() + ",4,false");
		Files.write(bundles, kept, StandardCharsets.UTF_8);
		Path config = into.resolve("configuration/config.ini");
		List<String> settings = Files.readAllLines(config, StandardCharsets.ISO_8859_1).stream()
				.filter(line -> !line.startsWith("eclipse.product=") && !line.startsWith("osgi.splashPath=")).toList();
		Files.write(config, settings, StandardCharsets.ISO_8859_1);
		initialize(into);
		return into;
	}

	private static boolean leftOut(Path configuration, Path file) {
		return file.startsWith(configuration) && !file.equals(configuration)
				&& !CONFIGURATION.contains(configuration.relativize(file).getName(0).toString());
	}

	private static void initialize(Path home) throws IOException, InterruptedException {
		Path workspace = Files.createTempDirectory("bare-initialize");
		Process initialize = new ProcessBuilder(home.resolve("northstar-studio.sh").toString(), workspace.toString(), "-initialize")
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		if (!initialize.waitFor(5, TimeUnit.MINUTES) || initialize.exitValue() != 0
				|| !Files.isDirectory(home.resolve("configuration/org.eclipse.core.runtime"))) {
			initialize.destroyForcibly();
			throw new IllegalStateException("the bare workbench's configuration area could not be initialized in " + home);
		}
	}

	/** The JVM option that makes the probe open the same text as the studio's first start. */
	static String textOption() throws IOException {
		Path model = Path.of("bundles/org.northstar.studio/examples/acme-strategy/invoicely.northstar").toAbsolutePath();
		if (!Files.isRegularFile(model)) {
			throw new IOException("the example model is missing: " + model);
		}
		return "-Dnorthstar.bare.text=" + model;
	}

	private static void writeProbe(Path plugins, Path jar) throws IOException {
		Path source = Path.of(PROBE);
		Path classes = Files.createTempDirectory("bare-probe");
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		if (javac == null) {
			throw new IOException("the benchmark runs on a Java runtime without a compiler; run it with a JDK");
		}
		String classPath;
		try (Stream<Path> jars = Files.list(plugins)) {
			classPath = String.join(java.io.File.pathSeparator,
					jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).toList());
		}
		List<String> arguments = new ArrayList<>(List.of("--release", "21", "-nowarn", "-d", classes.toString(), "-cp", classPath));
		try (Stream<Path> sources = Files.walk(source.resolve("src"))) {
			sources.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
		}
		if (javac.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
			throw new IOException("the bare workbench's probe in " + source + " did not compile");
		}
		Manifest manifest;
		try (var in = Files.newInputStream(source.resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}
		manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			add(out, "plugin.xml", source.resolve("plugin.xml"));
			try (Stream<Path> compiled = Files.walk(classes)) {
				for (Path file : (Iterable<Path>) compiled.filter(Files::isRegularFile)::iterator) {
					add(out, classes.relativize(file).toString().replace('\\', '/'), file);
				}
			}
		}
	}

	private static void add(JarOutputStream out, String name, Path file) throws IOException {
		out.putNextEntry(new JarEntry(name));
		Files.copy(file, out);
		out.closeEntry();
	}
}
