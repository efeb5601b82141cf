package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleHelp;
import org.northstar.core.rules.RuleIds;
import org.northstar.studio.ExampleProject;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * Help on a machine without a web browser (as CI: Xvfb, no WebKitGTK): F1 on a problem shows its rule in the
 * Help view, and Help Contents says where the guide is and what to install, instead of "Unable to open web
 * browser on {0}". Leaves target/screenshots/help-no-browser.png.
 */
class HelpWithoutBrowserTest {

	private static final String HELP_VIEW = "org.eclipse.help.ui.HelpView";

	@BeforeAll
	static void noBrowserAndTheExample() {
		Assumptions.assumeFalse(UiThread.get(HelpWithoutBrowserTest::embeddedBrowserWorks),
				"WebKitGTK is installed: the help window is embedded and no browser is needed");
		IProject example = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
		Waiting.until("the example's problems", Duration.ofSeconds(60), () -> {
			try {
				return example.isOpen() && example.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE).length > 0;
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		});
		Waiting.forBuilds();
	}

	@Test
	void f1OnAProblemShowsItsRuleInTheHelpViewAndHelpContentsSaysWhereTheGuideIs() throws Exception {
		Rule rule = RuleCatalog.byId(RuleIds.UNOWNED_INPUT).orElseThrow();
		UiThread.run(HelpWithoutBrowserTest::selectTheUnownedInputInTheProblemsView);
		ParameterizedCommand f1 = UiThread.get(() -> {
			Binding binding;
			try {
				binding = window().getService(IBindingService.class).getPerfectMatch(KeySequence.getInstance("F1"));
			} catch (ParseException e) {
				throw new AssertionError(e);
			}
			assertNotNull(binding, "F1 is bound");
			return binding.getParameterizedCommand();
		});
		assertEquals("org.eclipse.ui.help.dynamicHelp", f1.getId());
		UiThread.run(() -> execute(f1));
		// 30 s was once too short while the builder re-ran on a machine busy with other builds.
		Waiting.until("the Help view to show why " + rule.id() + " matters", Duration.ofSeconds(90),
				() -> helpViewText().contains(rule.why()));
		assertTrue(helpViewText().contains(RuleHelp.fix(rule.id())), helpViewText());

		Shell linked = Dialogs.open(() -> openTheLink(rule.title() + " (" + rule.id() + ")"), "No web browser");
		try {
			String message = URLDecoder.decode(Dialogs.text(linked), StandardCharsets.UTF_8);
			assertTrue(message.matches("(?s).*http://127\\.0\\.0\\.1:\\d+/help/.*/org\\.northstar\\.help/html/rules/unowned-input\\.html.*"),
					"the rule page's local address: " + message);
		} finally {
			Dialogs.close(linked);
		}

		Shell dialog = Dialogs.open(() -> execute(command("org.eclipse.ui.help.helpContents")), "No web browser");
		try {
			String message = Dialogs.text(dialog);
			assertFalse(message.contains("{0}"), message);
			assertTrue(message.matches("(?s).*http://127\\.0\\.0\\.1:\\d+/help/index\\.jsp.*"), "the guide's local address: " + message);
			assertTrue(message.contains("libwebkit2gtk-4.1-0"), "what to install: " + message);
			Screenshots.save(window().getShell(), "help-no-browser");
		} finally {
			Dialogs.close(dialog);
		}
	}

	private static void selectTheUnownedInputInTheProblemsView() {
		IWorkbenchPage page = window().getActivePage();
		IViewPart problems;
		try {
			problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
		if (problems.getSite().getSelectionProvider() instanceof AbstractTreeViewer viewer) {
			viewer.expandAll();
		}
		Tree tree = Widgets.all(problems.getSite().getShell(), Tree.class).stream()
				.filter(t -> items(t.getItems()).stream().anyMatch(i -> i.getText().contains("[unowned-input]"))).findFirst()
				.orElseThrow(() -> new AssertionError("the Problems view lists no unowned-input"));
		TreeItem item = items(tree.getItems()).stream().filter(i -> i.getText().contains("[unowned-input]")).findFirst().orElseThrow();
		tree.setFocus();
		tree.setSelection(item);
		Event click = new Event();
		click.item = item;
		tree.notifyListeners(SWT.Selection, click);
	}

	private static List<TreeItem> items(TreeItem[] items) {
		List<TreeItem> all = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			all.add(item);
			all.addAll(items(item.getItems()));
		}
		return all;
	}

	/** What the Help view shows: the texts of its form texts (FormText has no getter; its model holds the shown text). */
	private static String helpViewText() {
		return UiThread.get(() -> {
			IViewPart view = window().getActivePage().findView(HELP_VIEW);
			if (view == null) {
				return "";
			}
			StringBuilder text = new StringBuilder();
			for (FormText form : Widgets.all(view.getSite().getShell(), FormText.class)) {
				if (!form.isDisposed() && form.isVisible()) {
					text.append(shownText(form)).append('\n');
				}
			}
			return text.toString();
		});
	}

	/** The Help view's link {@code label}, as a keyboard user follows it: Tab to it, Enter. */
	private static void openTheLink(String label) {
		FormText links = Widgets.all(window().getActivePage().findView(HELP_VIEW).getSite().getShell(), FormText.class).stream()
				.filter(form -> form.isVisible() && shownText(form).contains(label)).findFirst()
				.orElseThrow(() -> new AssertionError("the Help view has no link " + label));
		links.setFocus();
		Event tab = new Event();
		tab.detail = SWT.TRAVERSE_TAB_NEXT;
		tab.doit = true;
		links.notifyListeners(SWT.Traverse, tab);
		Event enter = new Event();
		enter.character = SWT.CR;
		enter.keyCode = SWT.CR;
		links.notifyListeners(SWT.KeyDown, enter);
	}

	private static String shownText(FormText form) {
		try {
			Field model = FormText.class.getDeclaredField("model");
			model.setAccessible(true);
			Object shown = model.get(form);
			return (String) shown.getClass().getMethod("getAccessibleText").invoke(shown);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("cannot read a FormText", e);
		}
	}

	private static boolean embeddedBrowserWorks() {
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		try {
			new Browser(shell, SWT.NONE).dispose();
			return true;
		} catch (SWTError e) {
			return false;
		} finally {
			shell.dispose();
		}
	}

	private static ParameterizedCommand command(String id) {
		return UiThread.get(() -> ParameterizedCommand.generateCommand(
				window().getService(org.eclipse.ui.commands.ICommandService.class).getCommand(id), null));
	}

	private static void execute(ParameterizedCommand command) {
		try {
			window().getService(IHandlerService.class).executeCommand(command, null);
		} catch (Exception e) {
			throw new AssertionError("cannot run " + command.getId(), e);
		}
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}
