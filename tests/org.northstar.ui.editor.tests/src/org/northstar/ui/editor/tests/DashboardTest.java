package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Sensitivity;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.ui.dashboard.DashboardLayout;
import org.northstar.ui.dashboard.DashboardView;
import org.northstar.ui.editor.NorthStarEditor;
import org.northstar.ui.figures.DataMarkers;
import org.northstar.ui.figures.FiguresSnapshot;
import org.northstar.ui.figures.ProductFigures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard in a real workbench: opened from the source editor's key binding and the diagram's
 * palette, it shows the figures {@code northstar status} prints for the same files, follows a
 * changed data file by itself and on Refresh, keeps its last figures when the data cannot be read
 * (the error in the dashboard and on the model's data line), and takes what-if values typed on an
 * input's row without writing anything.
 */
class DashboardTest {

	/** A North Star computed from two inputs, so a what-if on one moves it by a figure computed by hand. */
	private static final String MODEL = """
			package acme.dash

			team Growth
			team Payments

			product Demo {
			    value "Freelancers get paid for their work without chasing clients"
			    game productivity
			    data csv "data/demo.csv"
			    northstar PaidOnTime "Invoices paid by their due date" {
			        unit invoices window weekly
			        formula Senders * OnTimeShare
			        target 3000 by 2027-06-30
			    }
			    input Senders "Freelancers who send at least one invoice a week" {
			        dimension breadth unit freelancers window weekly
			        owner Growth relation multiplicative target 2600 by 2027-06-30
			    }
			    input OnTimeShare "Share of sent invoices paid by their due date" {
			        dimension efficiency unit ratio window weekly
			        owner Payments relation multiplicative
			    }
			    guardrail DisputeRate "Invoices disputed per 100 sent" {
			        direction lower threshold 2.5 window weekly
			    }
			}
			""";

	private static final String DATA = """
			metric,period,value
			PaidOnTime,2026-W45,1500
			PaidOnTime,2026-W46,1560
			PaidOnTime,2026-W47,1600
			PaidOnTime,2026-W48,1650
			Senders,2026-W45,1900
			Senders,2026-W46,1950
			Senders,2026-W47,1980
			Senders,2026-W48,2000
			OnTimeShare,2026-W45,0.79
			OnTimeShare,2026-W46,0.8
			OnTimeShare,2026-W47,0.81
			OnTimeShare,2026-W48,0.8
			DisputeRate,2026-W45,2.1
			DisputeRate,2026-W46,2.2
			DisputeRate,2026-W47,2.3
			DisputeRate,2026-W48,2.2
			""";

	private static final Duration LOAD = Duration.ofSeconds(60);

	private org.eclipse.swt.graphics.Rectangle window;

	@AfterEach
	void close() {
		Models.closeEditors();
		Workbench.onUi(() -> {
			var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			IViewPart view = page.findView(DashboardView.ID);
			if (view != null) {
				page.hideView(view);
			}
			if (window != null) {
				page.getWorkbenchWindow().getShell().setBounds(window);
			}
			page.setEditorAreaVisible(true);
		});
	}

	/** The screenshot of the dashboard as a person reviewing figures sees it: window on the whole screen, the view maximised. */
	private void screenshot(DashboardView view, String name) throws Exception {
		Workbench.onUi(() -> {
			var shell = view.getSite().getShell();
			if (window == null) {
				window = shell.getBounds();
			}
			shell.setBounds(shell.getDisplay().getBounds());
			var page = view.getSite().getPage();
			page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
			page.setEditorAreaVisible(false);
		});
		UserInput.settle();
		Workbench.pause(300);
		Workbench.screenshot(Workbench.onUi(() -> view.getSite().getShell()), name);
		Workbench.onUi(() -> {
			var page = view.getSite().getPage();
			page.setEditorAreaVisible(true);
			page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		});
	}

	@Test
	void theDashboardShowsTheExamplesFiguresAsNorthstarStatusPrintsThem() throws Exception {
		IProject project = example();
		IFile model = project.getFile("invoicely.northstar");
		NorthStarEditor source = Models.open(model);
		UserInput.focus(source);
		UserInput.press('b', SWT.CTRL, SWT.ALT);
		DashboardView view = dashboard();
		FiguresSnapshot shown = loaded(view, model);
		JsonNode status = CommandLineProcess.status(Path.of(model.getLocationURI()));
		JsonNode products = status.get("products");
		assertEquals(products.size(), shown.products().size(), "one dashboard per product");
		for (JsonNode product : products) {
			ProductFigures figures = shown.product(product.get("product").asText()).orElseThrow();
			assertSame(product, figures.status());
		}
		assertFalse(shown.products().get(0).status().movers().isEmpty(), "the example has movers");
		screenshot(view, "dashboard");

		// one click from the diagram: its palette's Dashboard button shows the dashboard of its file
		Workbench.onUi(() -> view.getSite().getPage().hideView(view));
		IFile streamline = project.getFile("streamline.northstar");
		DiagramEditor diagram = Diagrams.open(streamline);
		ToolItem button = Workbench.onUi(() -> Arrays.stream(palette(diagram).getItems())
				.filter(item -> "Dashboard".equals(item.getText())).findFirst().orElseThrow());
		// what the tool bar makes of a click on the item (GDK does not deliver posted button events under Xvfb)
		Workbench.onUi(() -> button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
		UserInput.settle();
		assertEquals(streamline, Workbench.onUi(() -> dashboard().file()));
	}

	@Test
	void aModelsContextMenuInTheProjectExplorerOpensItsDashboard() throws Exception {
		IProject project = Models.project("dashboard-menu", Map.of("demo.northstar", MODEL));
		data(project, DATA);
		IFile model = project.getFile("demo.northstar");
		org.eclipse.swt.widgets.Tree tree = Workbench.onUi(() -> {
			var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				IViewPart explorer = page.showView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
				((org.eclipse.ui.part.ISetSelectionTarget) explorer).selectReveal(new org.eclipse.jface.viewers.StructuredSelection(model));
				page.activate(explorer);
				var viewer = (org.eclipse.jface.viewers.StructuredViewer) explorer.getSite().getSelectionProvider();
				return (org.eclipse.swt.widgets.Tree) viewer.getControl();
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
		UserInput.settle();
		org.eclipse.swt.widgets.Menu menu = Workbench.onUi(tree::getMenu);
		Workbench.onUi(() -> menu.setVisible(true)); // what the right button shows
		Workbench.waitUntil("the context menu", Duration.ofSeconds(10), () -> Workbench.onUi(() -> menu.getItemCount() > 0));
		org.eclipse.swt.widgets.MenuItem open = Workbench.onUi(() -> Arrays.stream(menu.getItems())
				.filter(item -> item.getText().startsWith("Open Dashboard")).findFirst()
				.orElseThrow(() -> new AssertionError(Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList())));
		Workbench.onUi(() -> {
			menu.setVisible(false);
			open.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()); // what choosing it runs
		});
		UserInput.settle();
		DashboardView view = dashboard();
		assertEquals(model, Workbench.onUi(view::file));
		assertEquals(1650.0, value(loaded(view, model), "PaidOnTime"));
	}

	@Test
	void aChangedDataFileIsShownByItselfAndOnRefresh() throws Exception {
		Demo demo = demo("dashboard-refresh");
		IFile csv = demo.csv();
		DashboardView view = demo.view();
		assertEquals(1650.0, value(view, "PaidOnTime"));

		Models.write(csv, DATA.replace("PaidOnTime,2026-W48,1650", "PaidOnTime,2026-W48,1700"));
		Workbench.waitUntil("the changed figure", LOAD, () -> Double.valueOf(1700).equals(value(view, "PaidOnTime")));

		// a file changed behind the workbench's back: Refresh reads it again
		Files.writeString(Path.of(csv.getLocationURI()), DATA.replace("PaidOnTime,2026-W48,1650", "PaidOnTime,2026-W48,1750"));
		Workbench.waitForBuilds();
		assertEquals(1700.0, value(view, "PaidOnTime"), "nothing reloads without a change the workbench saw");
		click(view, "Refresh");
		Workbench.waitUntil("the refreshed figure", LOAD, () -> Double.valueOf(1750).equals(value(view, "PaidOnTime")));
	}

	@Test
	void aDeletedModelsFiguresAreDroppedItsDashboardEmptiedAndARecreatedOneLoadedAfresh() throws Exception {
		Demo demo = demo("dashboard-deleted");
		assertNotNull(NorthStarUiPlugin.figures().existing(demo.model()));

		Models.closeEditors();
		demo.model().delete(true, null);
		Workbench.waitUntil("the deleted model's figures dropped", LOAD,
				() -> NorthStarUiPlugin.figures().existing(demo.model()) == null);
		Workbench.waitUntil("the open dashboard showing no model", LOAD,
				() -> Workbench.onUi(() -> demo.view().file() == null) && shown(demo.view()) == null);
		Models.write(demo.csv(), DATA.replace("PaidOnTime,2026-W48,1650", "PaidOnTime,2026-W48,1700"));
		Workbench.waitForBuilds();
		assertNull(NorthStarUiPlugin.figures().existing(demo.model()), "a change of the project loads no deleted model");

		Models.write(demo.model(), MODEL);
		DashboardView view = open(demo.model());
		loaded(view, demo.model());
		assertEquals(1700.0, value(view, "PaidOnTime"));
	}

	@Test
	void aFailingSourceKeepsTheLastFiguresAndShowsTheError() throws Exception {
		Demo demo = demo("dashboard-failing");
		IFile csv = demo.csv();
		IFile model = demo.model();
		DashboardView view = demo.view();
		FiguresSnapshot good = shown(view);

		Models.write(csv, DATA + "Senders,2026-W49,lots\n");
		Workbench.waitUntil("the load error", LOAD, () -> !shown(view).errors().isEmpty() && !shown(view).loading());
		FiguresSnapshot failed = shown(view);
		assertEquals(value(good, "PaidOnTime"), value(failed, "PaidOnTime"), "the last good figures stay");
		assertEquals(good.loadedAt(), failed.loadedAt());
		String error = failed.errors().get(0).message();
		assertTrue(error.contains("demo.csv:18") && error.contains("lots"), error);
		String state = Workbench.onUi(() -> label(view, text -> text.startsWith("Load failed")));
		assertTrue(state.contains("demo.csv:18"), state);
		Workbench.waitUntil("the marker", LOAD, () -> markers(model).length == 1);
		IMarker marker = markers(model)[0];
		assertEquals(line(model, "data csv"), marker.getAttribute(IMarker.LINE_NUMBER, -1), "on the model's data line");
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("lots"));
		screenshot(view, "dashboard-error");

		Models.write(csv, DATA);
		Workbench.waitUntil("the error to go", LOAD, () -> shown(view).errors().isEmpty() && markers(model).length == 0);
	}

	@Test
	void aWhatIfOnAnInputMovesTheNorthStarByItsFormulaAndWritesNothing() throws Exception {
		Demo demo = demo("dashboard-what-if");
		IFile csv = demo.csv();
		IFile model = demo.model();
		String modelBefore = Models.onDisk(model);
		String dataBefore = Models.onDisk(csv);
		DashboardView view = demo.view();

		DashboardLayout.Row senders = Workbench.onUi(() -> view.canvas().painted().row("Demo", "Senders").orElseThrow());
		UserInput.click(Workbench.onUi(view::canvas), senders.bounds().x + 20, senders.bounds().y + senders.bounds().height / 2);
		UserInput.type("2500");
		UserInput.press(SWT.CR);
		// measured 1650 moves by its formula's change: (2500 - 2000) * 0.8 = 400
		Workbench.waitUntil("the hypothetical North Star", LOAD, () -> Double.valueOf(2050).equals(value(view, "PaidOnTime")));
		FiguresSnapshot whatIf = shown(view);
		assertTrue(whatIf.hypothetical());
		assertEquals(Map.of("Senders", 2500.0), whatIf.products().get(0).whatIf());
		assertEquals(2500.0, value(whatIf, "Senders"));
		assertEquals(0.8, value(whatIf, "OnTimeShare"), "the other input stays");
		assertEquals(1650.0, whatIf.products().get(0).measured("PaidOnTime").map(MetricStatus::value).orElseThrow());
		screenshot(view, "what-if");
		Workbench.waitForBuilds();
		assertEquals(modelBefore, Models.onDisk(model), "the model on disk is unchanged");
		assertEquals(dataBefore, Models.onDisk(csv), "the data on disk is unchanged");
		assertFalse(Workbench.onUi(() -> view.getViewSite().getPage().getDirtyEditors().length > 0), "no editor has changes");

		click(view, "Reset what-if");
		Workbench.waitUntil("the measured North Star", LOAD, () -> Double.valueOf(1650).equals(value(view, "PaidOnTime")));
		assertFalse(shown(view).hypothetical());

		// dragging a value 200 px to the right doubles it: OnTimeShare 0.8 -> 1.6, the North Star 1650 + 2000 * 0.8
		DashboardLayout.Row share = Workbench.onUi(() -> view.canvas().painted().row("Demo", "OnTimeShare").orElseThrow());
		int x = share.valueCell().x + share.valueCell().width / 2;
		int y = share.valueCell().y + share.valueCell().height / 2 - Workbench.onUi(() -> view.canvas().getVerticalBar().getSelection());
		drag(view.canvas(), x, y, x + 200);
		Workbench.waitUntil("the dragged what-if", LOAD, () -> Double.valueOf(3250).equals(value(view, "PaidOnTime")));
		assertEquals(1.6, value(shown(view), "OnTimeShare"), 1e-9);
		assertEquals(modelBefore, Models.onDisk(model), "still nothing written");
	}

	@Test
	void thePeriodPickersShowTheTreeAsOfOnePeriodAgainstAnother() throws Exception {
		DashboardView view = demo("dashboard-periods").view();
		choose(view, 0, "2026-W47");
		Workbench.waitUntil("the figures as of 2026-W47", LOAD, () -> Double.valueOf(1600).equals(value(view, "PaidOnTime")));
		assertEquals(40.0, shown(view).products().get(0).metric("PaidOnTime").orElseThrow().change(), 1e-9, "1600 - 1560");
		choose(view, 1, "2026-W45");
		Workbench.waitUntil("the comparison with 2026-W45", LOAD, () -> "2026-W45".equals(String.valueOf(shown(view).comparison())));
		FiguresSnapshot compared = shown(view);
		assertEquals(1500.0, compared.products().get(0).comparisonValue("PaidOnTime").orElseThrow());
		assertEquals(1980.0 - 1900.0, compared.products().get(0).change("Senders").absolute(), 1e-9, "the change shown is against 2026-W45");
		assertEquals(100.0 * 80 / 1900, compared.products().get(0).change("Senders").percent(), 1e-9);
	}

	// ------------------------------------------------------------------------------------------

	/** The dashboard's figures of one product equal those of {@code northstar status --format json}. */
	private static void assertSame(JsonNode expected, ProductStatus shown) {
		String product = expected.get("product").asText();
		assertEquals(expected.get("period").asText(), String.valueOf(shown.period()), product);
		JsonNode metrics = expected.get("metrics");
		assertEquals(metrics.size(), shown.metrics().size(), product + ": metrics");
		for (int i = 0; i < metrics.size(); i++) {
			JsonNode metric = metrics.get(i);
			MetricStatus status = shown.metrics().get(i);
			String name = metric.get("name").asText();
			assertEquals(name, status.metric().getName(), "the same order");
			for (var figure : new Object[][] { { "value", status.value() }, { "change", status.change() },
					{ "changePercent", status.changePercent() }, { "target", status.target() }, { "achieved", status.achieved() } }) {
				assertFigure(metric.get((String) figure[0]), (Double) figure[1], name + "." + figure[0]);
			}
			assertEquals(metric.get("status").asText(), status.status().id(), name + ".status");
		}
		List<String> movers = new ArrayList<>();
		expected.get("movers").forEach(m -> movers.add(m.get("metric").asText()));
		assertEquals(movers, shown.movers().stream().map(m -> m.term().getName()).toList(), product + ": movers");
		for (int i = 0; i < movers.size(); i++) {
			assertFigure(expected.get("movers").get(i).get("contribution"), shown.movers().get(i).contribution(), "mover " + movers.get(i));
		}
		List<String> sensitivity = new ArrayList<>();
		expected.get("sensitivity").forEach(m -> sensitivity.add(m.get("metric").asText()));
		assertEquals(sensitivity, shown.sensitivity().stream().map(Sensitivity.Effect::term).map(t -> t.getName()).toList(), product);
		for (int i = 0; i < sensitivity.size(); i++) {
			assertFigure(expected.get("sensitivity").get(i).get("effect"), shown.sensitivity().get(i).effect(), "effect of " + sensitivity.get(i));
		}
	}

	private static void assertFigure(JsonNode expected, Double shown, String what) {
		if (expected == null || expected.isNull()) {
			assertNull(shown, what);
			return;
		}
		assertNotNull(shown, what);
		double figure = expected.asDouble();
		assertEquals(figure, shown, Math.abs(figure) * 1e-9 + 1e-12, what);
	}

	/** A project of the hand-made model and its data, with its dashboard open and loaded. */
	private record Demo(IFile model, IFile csv, DashboardView view) {
	}

	private static Demo demo(String name) throws CoreException {
		IProject project = Models.project(name, Map.of("demo.northstar", MODEL));
		IFile csv = data(project, DATA);
		IFile model = project.getFile("demo.northstar");
		DashboardView view = open(model);
		loaded(view, model);
		return new Demo(model, csv, view);
	}

	/** The example project as the studio ships it: its models and data files (text or Parquet), copied byte for byte. */
	private static IProject example() throws Exception {
		Path folder = Stream.of(System.getProperty("northstar.samples").split(java.io.File.pathSeparator)).map(Path::of)
				.map(p -> p.resolve("acme-strategy")).filter(Files::isDirectory).findFirst().orElseThrow();
		IProject project = Models.project("dashboard-example", Map.of());
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				IFile target = project.getFile(folder.relativize(file).toString().replace('\\', '/'));
				mkdirs(target);
				target.create(new java.io.ByteArrayInputStream(Files.readAllBytes(file)), IResource.FORCE, null);
			}
		}
		Workbench.waitForBuilds();
		return project;
	}

	private static IFile data(IProject project, String text) throws CoreException {
		IFile csv = project.getFile("data/demo.csv");
		mkdirs(csv);
		Models.write(csv, text);
		return csv;
	}

	private static void mkdirs(IFile file) throws CoreException {
		if (file.getParent() instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
			if (folder.getParent() instanceof org.eclipse.core.resources.IFolder parent && !parent.exists()) {
				parent.create(true, true, null);
			}
			folder.create(true, true, null);
		}
	}

	/** Opens the model in the source editor and the dashboard from the editor's context menu command. */
	private static DashboardView open(IFile model) {
		NorthStarEditor source = Models.open(model);
		UserInput.focus(source);
		UserInput.runCommand("org.northstar.ui.dashboard.open");
		return dashboard();
	}

	private static DashboardView dashboard() {
		Workbench.waitUntil("the dashboard", Duration.ofSeconds(10), () -> dashboardOrNull() != null);
		return dashboardOrNull();
	}

	private static DashboardView dashboardOrNull() {
		return Workbench.onUi(() -> (DashboardView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(DashboardView.ID));
	}

	private static FiguresSnapshot loaded(DashboardView view, IFile model) {
		Workbench.waitUntil("the figures of " + model.getName(), LOAD, () -> {
			FiguresSnapshot shown = shown(view);
			return shown != null && model.equals(shown.file()) && !shown.loading() && !shown.products().isEmpty();
		});
		UserInput.settle();
		return shown(view);
	}

	/** The snapshot the dashboard painted last. */
	private static FiguresSnapshot shown(DashboardView view) {
		return Workbench.onUi(() -> view.canvas().snapshot());
	}

	private static Double value(DashboardView view, String metric) {
		return value(shown(view), metric);
	}

	private static Double value(FiguresSnapshot snapshot, String metric) {
		return snapshot.products().get(0).metric(metric).map(MetricStatus::value).orElse(null);
	}

	private static void click(DashboardView view, String label) {
		Button button = Workbench.onUi(() -> UserInput.find((Composite) view.canvas().getParent(), Button.class,
				b -> label.equals(b.getText())).orElseThrow());
		Workbench.onUi(() -> button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
		UserInput.settle();
	}

	/** Picks an entry of the view's n-th period picker, as a person does with the list open. */
	private static void choose(DashboardView view, int picker, String item) {
		Workbench.onUi(() -> {
			List<org.eclipse.swt.widgets.Combo> combos = new ArrayList<>();
			collect((Composite) view.canvas().getParent(), combos);
			org.eclipse.swt.widgets.Combo combo = combos.get(picker);
			combo.select(Arrays.asList(combo.getItems()).indexOf(item));
			combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		UserInput.settle();
	}

	private static void collect(Composite parent, List<org.eclipse.swt.widgets.Combo> combos) {
		for (var child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Combo combo) {
				combos.add(combo);
			} else if (child instanceof Composite composite) {
				collect(composite, combos);
			}
		}
	}

	/** A drag with the left button from (x, y) to (toX, y) of the control, in steps, delivered as GDK would. */
	private static void drag(org.eclipse.swt.widgets.Control control, int x, int y, int toX) {
		UserInput.moveTo(control, x, y);
		Workbench.onUi(() -> {
			org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
			down.button = 1;
			down.x = x;
			down.y = y;
			control.notifyListeners(SWT.MouseDown, down);
			for (int step = 1; step <= 4; step++) {
				org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
				move.x = x + (toX - x) * step / 4;
				move.y = y;
				move.stateMask = SWT.BUTTON1;
				control.notifyListeners(SWT.MouseMove, move);
			}
			org.eclipse.swt.widgets.Event up = new org.eclipse.swt.widgets.Event();
			up.button = 1;
			up.x = toX;
			up.y = y;
			control.notifyListeners(SWT.MouseUp, up);
		});
		UserInput.settle();
	}

	private static String label(DashboardView view, Predicate<String> test) {
		return UserInput.find((Composite) view.canvas().getParent(), org.eclipse.swt.widgets.Label.class, l -> test.test(l.getText()))
				.map(org.eclipse.swt.widgets.Label::getText).orElse("");
	}

	private static ToolBar palette(DiagramEditor diagram) {
		Composite top = diagram.canvas().getParent();
		Optional<ToolBar> bar = UserInput.find(top.getParent() != null ? top.getParent() : top, ToolBar.class,
				b -> Arrays.stream(b.getItems()).anyMatch(item -> "Dashboard".equals(item.getText())));
		return bar.orElseThrow();
	}

	private static IMarker[] markers(IFile model) {
		try {
			return model.findMarkers(DataMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static int line(IFile model, String text) throws IOException {
		List<String> lines = Files.readAllLines(Path.of(model.getLocationURI()));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " is not in " + model.getName());
	}
}
