package org.northstar.benchmarks;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelCheck;
import org.northstar.core.check.ModelSource;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.dsl.ide.NorthStarIdeSetup;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

/**
 * Runs every benchmark and writes the table: {@code Bench [--quick] [--out FILE]}; the command
 * line's start-up is measured when {@code -Dnorthstar.script} names the {@code northstar} script.
 * {@code --only status [--source KEY]...} runs only {@code northstar status}, over the data sources
 * named ({@code csv-wide}, {@code csv-long}, {@code duckdb-parquet}, {@code duckdb-product-query}; all when none is), prints its
 * table and writes it only with {@code --out} (so the full table in RESULTS.md stays whole);
 * {@code --only dashboard} likewise runs only the studio's dashboard (figures and SWT paint), and
 * {@code --only startup} only the start-ups of the command line, of the packaged studio and of the bare
 * workbench made from the same archive (its floor, {@link BareWorkbench}), and
 * {@code --only scale} only the 100k-metric workspace (load, validate, and the XMI and JSON baselines).
 */
public final class Bench {

	private static final int LARGE_FILE_PRODUCTS = 25;

	private final boolean quick;
	private final Harness harness;
	private final Path scratch;
	private final List<Measurement> results = new ArrayList<>();
	/** The process's language session, as the command line and the studio have one. */
	private final LanguageSession session = LanguageSession.start(new NorthStarIdeSetup());

	private Bench(boolean quick) throws Exception {
		this.quick = quick;
		this.harness = quick ? new Harness(1, 3) : new Harness(2, 5);
		this.scratch = Files.createTempDirectory("northstar-bench");
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8));
		if (options.exitWithoutRunning().isPresent()) {
			System.exit(options.exitWithoutRunning().getAsInt());
		}
		boolean quick = options.quick;
		Path out = options.out;
		boolean statusOnly = options.only("status");
		boolean dashboardOnly = options.only("dashboard");
		boolean startupOnly = options.only("startup");
		boolean scaleOnly = options.only("scale");
		String loadBefore = Machine.load();
		Bench bench = new Bench(quick);
		boolean some = statusOnly || dashboardOnly || startupOnly || scaleOnly;
		if (scaleOnly) {
			bench.workspaces(new int[] { 100_000 });
		}
		if (dashboardOnly) {
			bench.dashboard();
		}
		if (startupOnly) {
			bench.startup();
		}
		if (!some) {
			bench.workspaces(quick ? new int[] { 1_000, 10_000 } : new int[] { 1_000, 10_000, 100_000 });
		}
		if (!dashboardOnly && !startupOnly && !scaleOnly) {
			bench.status(options.sources());
		}
		if (!some) {
			bench.singleFile();
			bench.layouts();
			bench.layoutAndPaint();
			bench.dashboard();
			bench.startup();
		}
		String load = loadBefore + " at the start, " + Machine.load() + " at the end";
		String table = ResultsTable.render(bench.results, ("./northstar bench " + String.join(" ", args)).strip(), load,
				StatusBench.notes(bench.results));
		if (out != null || !some) {
			ResultsTable.write(out != null ? out : Path.of("benchmarks/RESULTS.md"), table);
		}
		System.out.print(table);
		System.exit(0);
	}

	private void workspaces(int[] sizes) throws Exception {
		for (int size : sizes) {
			String label = size / 1000 + "k";
			Harness h = size >= 100_000 ? harness.withRuns(0, quick ? 1 : 2) : harness;
			Path folder = scratch.resolve("m" + label);
			List<Path> files = WorkspaceGenerator.write(folder, WorkspaceGenerator.productsFor(size));
			results.add(h.measure("load (parse + link) of " + files.size() + " files", label, () -> Loading.load(session, files)));
			results.add(h.measure("load + validate", label, () -> checkedClean(Loading.loadAndValidate(session, files))));
			LoadedModels<ModelSource> loaded = Loading.load(session, files);
			List<Path> xmi = XmiBaseline.write(loaded, Files.createDirectories(scratch.resolve("xmi" + label)));
			List<Path> json = JsonBaseline.write(loaded, Files.createDirectories(scratch.resolve("json" + label)));
			loaded = null;
			results.add(h.measure(ResultsTable.XMI, label, () -> XmiBaseline.load(xmi)));
			results.add(h.measure(ResultsTable.JSON, label, () -> JsonBaseline.parse(json)));
			try (IncrementalValidation server = new IncrementalValidation(session, folder, files.get(0))) {
				results.add(h.withRuns(3, quick ? 5 : 10).measure("re-validate one file after a one-line change", label,
						server::changeOneLine));
			}
			if (size >= 100_000) {
				sharedTeams(size, label, h);
			} else {
				DiagramRefresh diagram = new DiagramRefresh(session, folder.resolve("product0.northstar"), files);
				results.add(h.withRuns(3, quick ? 5 : 10).measure(
						"diagram after typing: parse with the project's " + files.size() + " files, rules, layout, scene", label,
						diagram::afterTyping));
				diagram.indexed();
				results.add(h.withRuns(3, quick ? 5 : 10).measure(
						"diagram after typing: parse the file alone, linked against the index of the project's " + files.size()
								+ " files, rules, layout, scene",
						label, diagram::afterTypingIndexed));
			}
		}
	}

	/** {@code northstar status} of the 10k workspace with two years of weekly data, once per data source. */
	private void status(List<QuantifiedWorkspace.DataSource> sources) throws Exception {
		String script = System.getProperty("northstar.script");
		StatusBench status = new StatusBench(session, harness.withRuns(1, quick ? 3 : 5), script == null ? null : Path.of(script));
		for (QuantifiedWorkspace.DataSource source : sources) {
			Path folder = scratch.resolve("status-" + source.key());
			System.err.println("bench: status over " + source.label() + " in " + folder + " (kept after the run)");
			results.addAll(status.measure(folder, 10_000, source));
		}
	}

	private void singleFile() throws Exception {
		Path file = scratch.resolve("large/large.northstar");
		Files.createDirectories(file.getParent());
		Files.writeString(file, WorkspaceGenerator.largeFile(LARGE_FILE_PRODUCTS), StandardCharsets.UTF_8);
		String lines = Files.readAllLines(file).size() + " lines";
		Editing editing = new Editing(session);
		results.add(harness.measure("format one large file", lines, () -> editing.format(resource(file))));
		Deque<XtextResource> fresh = new ArrayDeque<>();
		for (int i = 0; i < 12; i++) {
			fresh.add(resource(file));
		}
		results.add(harness.measure("serialize a programmatic change (minimal edits)", lines,
				() -> editing.describeFirstMetric(fresh.pop(), "Tasks completed each week")));
	}

	private void layouts() throws Exception {
		Path file = scratch.resolve("m1k/product0.northstar");
		NorthStarModel model = (NorthStarModel) resource(file).getContents().get(0);
		Product product = model.getProducts().get(0);
		results.add(harness.measure("ELK layout of one product's tree", MetricTreeGraph.of(product).size() + " nodes",
				() -> Layouts.product(product)));
		results.add(harness.measure("ELK layout of a tree", "10k nodes", () -> Layouts.tree(10_000, 4)));
	}

	/** Layout + paint of generated trees: scene, layout alone, the editor's window and the whole picture. */
	private void layoutAndPaint() throws Exception {
		for (int nodes : new int[] { 100, 1_000, 10_000 }) {
			ScenePaint tree = new ScenePaint(nodes);
			String size = String.format(Locale.ROOT, "%,d nodes", tree.nodes());
			Harness h = nodes >= 10_000 ? harness.withRuns(1, quick ? 3 : 5) : harness.withRuns(5, quick ? 10 : 20);
			results.add(h.measure("tree scene (measure text + ELK layout)", size, tree::scene));
			results.add(h.measure("ELK layout alone (graph + layout)", size, tree::layout));
			results.add(h.measure("paint the editor's window (1600 × 1000, Java2D)", size, () -> tree.paintWindow(1600, 1000)));
			if (tree.wholeFits()) {
				results.add(h.measure("paint the whole tree (" + tree.dimensions() + ")", size, tree::paintWhole));
			} else {
				System.err.println("bench: the whole tree of " + size + " is " + tree.dimensions() + ", too large for one image");
			}
			swtPaint(tree, size, h);
		}
	}

	/** The tree editor's own painter, when the studio's SWT is on the class path and there is a display. */
	private void swtPaint(ScenePaint tree, String size, Harness h) throws Exception {
		if (System.getenv("DISPLAY") == null || Bench.class.getClassLoader().getResource("org/eclipse/swt/widgets/Display.class") == null) {
			return;
		}
		org.northstar.scene.Scene scene = tree.scene();
		try (SwtPaint swt = new SwtPaint(1600, 1000)) {
			results.add(h.measure("paint the editor's window (1600 × 1000, SWT, 100%)", size, () -> swt.paint(scene, false)));
			results.add(h.measure("paint the editor's window (1600 × 1000, SWT, fitted)", size, () -> swt.paint(scene, true)));
		}
	}

	/** The studio's dashboard of a product of about 1,000 metrics, when its ui bundle, SWT and a display are there. */
	private void dashboard() throws Exception {
		if (System.getenv("DISPLAY") == null || Bench.class.getClassLoader().getResource("org/northstar/ui/dashboard/DashboardPainter.class") == null
				|| Bench.class.getClassLoader().getResource("org/eclipse/swt/widgets/Display.class") == null) {
			System.err.println("bench: no built studio or no display; the dashboard is not measured");
			return;
		}
		try (DashboardPaint dashboard = new DashboardPaint(session, scratch.resolve("dashboard"), 1600, 1000)) {
			String size = String.format(Locale.ROOT, "%,d metrics, %d weeks", dashboard.metrics(), QuantifiedWorkspace.WEEKS);
			Harness h = harness.withRuns(3, quick ? 5 : 10);
			results.add(h.measure("dashboard: its figures, after the data is loaded", size, dashboard::figures));
			results.add(h.measure("dashboard: its figures with one what-if value", size, dashboard::whatIf));
			var snapshot = dashboard.snapshot(dashboard.figures());
			results.add(h.measure("dashboard: paint the window (1600 × 1000, SWT), top", size, () -> dashboard.paint(snapshot, 0)));
			results.add(h.measure("dashboard: paint the window (1600 × 1000, SWT), scrolled to the end", size, () -> dashboard.paint(snapshot, -1)));
			// what the aim (under 300 ms) is about: from loaded data to the painted window
			results.add(h.measure("dashboard: figures + paint of the window, after the data is loaded", size,
					() -> dashboard.paint(dashboard.snapshot(dashboard.figures()), 0)));
		}
	}

	private void startup() throws Exception {
		String script = System.getProperty("northstar.script");
		if (script == null) {
			System.err.println("bench: -Dnorthstar.script not set; the command line's start-up is not measured");
			return;
		}
		Path small = scratch.resolve("small.northstar");
		Files.writeString(small, WorkspaceGenerator.product(0), StandardCharsets.UTF_8);
		results.add(harness.withRuns(1, 5).measure("start-up: northstar validate on one small file", "1 file",
				() -> Startup.validate(Path.of(script), small)));
		studioStartup();
	}

	/**
	 * The packaged studio's start-up, each on a new workspace: a user's first start after unpacking (the
	 * configuration area as shipped), then later starts (the area as the previous start left it), each
	 * after one start that warms the disk cache.
	 */
	private void studioStartup() throws Exception {
		Path studio = StudioStartup.unpack(scratch);
		if (studio == null) {
			System.err.println("bench: no Linux archive built (./northstar build) or no display; the studio's start-up is not measured");
			return;
		}
		StudioStartup.asShipped(studio, scratch);
		StudioStartup.starts(studio, scratch, 1);
		report(Measurement.of("start-up: the studio, first start after unpacking, to input with the example open", "archive",
				StudioStartup.firstStarts(studio, scratch, quick ? 3 : 5), 0));
		report(Measurement.of("start-up: the studio, a later start, to input with the example open", "archive",
				StudioStartup.starts(studio, scratch, quick ? 3 : 5), 0));
		// the floor: the same archive as a bare platform workbench opening the same text in its text editor
		StudioStartup.backToShipped(studio, scratch);
		Path bare = BareWorkbench.make(studio, scratch.resolve("bare"));
		String text = BareWorkbench.textOption();
		StudioStartup.starts(bare, scratch, 1, text);
		report(Measurement.of("start-up: the bare workbench of the same archive (the floor), to input with the model open as text",
				"archive", StudioStartup.starts(bare, scratch, quick ? 3 : 5, text), 0));
	}

	private void report(Measurement started) {
		System.err.printf("bench: %-42s %-6s %10.1f ms (best %.1f)%n", started.name(), started.size(), started.medianMillis(),
				started.bestMillis());
		results.add(started);
	}

	private XtextResource resource(Path file) {
		return Loading.load(session, List.of(file)).resources().values().iterator().next();
	}

	/**
	 * The same workspace with each division's teams in a file of their own, imported by its products:
	 * the owners and work streams' teams are linked across files, as in an organisation's repository.
	 */
	private void sharedTeams(int size, String label, Harness h) throws Exception {
		String shared = label + ", teams in files of their own";
		List<Path> files = WorkspaceGenerator.writeWithSharedTeams(scratch.resolve("m" + label + "-teams"),
				WorkspaceGenerator.productsFor(size));
		results.add(h.measure("load (parse + link) of " + files.size() + " files", shared, () -> Loading.load(session, files)));
		results.add(h.measure("load + validate", shared, () -> checkedClean(Loading.loadAndValidate(session, files))));
		LoadedModels<ModelSource> loaded = Loading.load(session, files);
		List<Path> xmi = XmiBaseline.write(loaded, Files.createDirectories(scratch.resolve("xmi" + label + "-teams")));
		loaded = null;
		int unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(XmiBaseline.load(xmi)).size();
		if (unresolved > 0) {
			throw new IllegalStateException("the XMI baseline has " + unresolved + " links it cannot resolve; fix XmiBaseline");
		}
		results.add(h.measure(ResultsTable.XMI, shared, () -> XmiBaseline.load(xmi)));
	}

	private static Object checkedClean(ModelCheck.Result<ModelSource> result) {
		long errors = Loading.errors(result);
		if (errors > 0) {
			throw new IllegalStateException("the generated models have " + errors + " errors; fix the generator");
		}
		return result;
	}
}
