package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.jface.bindings.keys.KeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.diagram.commands.DiagramCommands;
import org.northstar.diagram.editor.DiagramEditor;

/**
 * The diagram's keys are commands in a key context of their own: the binding service (what
 * General > Keys shows) lists them for that context, and a key bound anew the way the Keys page
 * saves it runs the command, while the key it replaced no longer does; the tool bar's tips name
 * the key bound now.
 */
class DiagramKeysTest {

	private static final String DEMO = "acme.edit.Demo";
	private IFile product;
	private Binding[] original;

	@BeforeEach
	void project() throws Exception {
		IProject project = Models.teamsAndProduct("diagram-keys");
		product = project.getFile("product.northstar");
		// Senders has a sub-input (to fold) and a sibling, Returning (to move to and delete)
		Models.write(product, Models.PRODUCT.replace("relation multiplicative\n    }", """
				relation multiplicative
				        input Repeat "Senders who sent last week too" { owner Growth relation additive }
				    }
				    input Returning "Senders who come back" { owner Growth relation additive }"""));
		original = Workbench.onUi(() -> bindings().getBindings());
	}

	@Test
	void everyKeyDoesItsActionThroughItsBinding() {
		DiagramEditor diagram = Diagrams.open(product);
		assertTrue(Diagrams.text(diagram).contains("input Repeat"), Diagrams.text(diagram));
		select(diagram, "Senders");
		press(diagram, SWT.ARROW_RIGHT);
		assertSelected(diagram, "Returning", "Right: the next sibling");
		press(diagram, SWT.ARROW_LEFT);
		assertSelected(diagram, "Senders", "Left: the previous sibling");
		press(diagram, SWT.ARROW_DOWN);
		assertSelected(diagram, "Repeat", "Down: the first child");
		press(diagram, SWT.ARROW_UP);
		assertSelected(diagram, "Senders", "Up: the parent");
		press(diagram, SWT.HOME);
		assertEquals(DEMO, Workbench.onUi(diagram::selectedKey), "Home: the first node");

		select(diagram, "Senders");
		press(diagram, ' ');
		assertEquals(Set.of(DEMO + ".Senders"), Workbench.onUi(diagram::collapsed), "Space folds");
		assertFalse(Diagrams.shows(diagram, DEMO + ".Repeat"));
		press(diagram, ' ');
		assertEquals(Set.of(), Workbench.onUi(diagram::collapsed), "Space unfolds");

		double zoom = zoom(diagram);
		press(diagram, '=');
		assertEquals(zoom * 1.25, zoom(diagram), zoom / 100, "= zooms in");
		press(diagram, '-');
		assertEquals(zoom, zoom(diagram), zoom / 100, "- zooms out");
		press(diagram, SWT.KEYPAD_ADD);
		assertEquals(zoom * 1.25, zoom(diagram), zoom / 100, "the keypad's + zooms in");
		press(diagram, SWT.KEYPAD_SUBTRACT);
		assertEquals(zoom, zoom(diagram), zoom / 100, "the keypad's - zooms out");
		Workbench.onUi(() -> diagram.canvas().zoomBy(0.3));
		double small = zoom(diagram);
		pressWithModifiers(diagram, 'f', SWT.CTRL, SWT.SHIFT);
		assertTrue(zoom(diagram) > small * 1.5, "Ctrl+Shift+F fits the small tree, readably: " + small + " -> " + zoom(diagram));

		select(diagram, "Returning");
		press(diagram, SWT.DEL);
		assertFalse(Diagrams.text(diagram).contains("Returning"), "Del deletes");
		assertSelected(diagram, "PaidOnTime", "the parent of the deleted node is selected");

		select(diagram, "Repeat");
		press(diagram, SWT.CR);
		assertTrue(renaming(diagram), "Enter renames");
		// in the name field the keys are the field's: Home and typing edit the name, Enter takes it
		UserInput.press(SWT.HOME);
		UserInput.type("Often");
		UserInput.press(SWT.CR);
		assertFalse(renaming(diagram));
		assertTrue(Diagrams.text(diagram).contains("input OftenRepeat"), Diagrams.text(diagram));
		assertSelected(diagram, "OftenRepeat", "the renamed node stays selected");
		press(diagram, SWT.F2);
		assertTrue(renaming(diagram), "F2 renames");
		UserInput.press(SWT.ESC);
		assertFalse(renaming(diagram), "Esc in the field leaves the name as it was");

		press(diagram, SWT.DEL);
		assertFalse(Diagrams.text(diagram).contains("OftenRepeat"), "Del after Esc in the field deletes too");
		assertSelected(diagram, "Senders", "its parent");

		press(diagram, SWT.INSERT);
		assertTrue(Diagrams.text(diagram).contains("input SubInput"), "Insert adds the natural child");
		assertSelected(diagram, "SubInput", "the new node");
		assertTrue(renaming(diagram), "and opens its name");
	}

	@Test
	void theToolBarsTipsNameTheKeys() {
		DiagramEditor diagram = Diagrams.open(product);
		// keys written as the platform writes them in menus (on Linux "Shift+Ctrl+F")
		assertToolTip(diagram, "Fit", "Show the whole tree (" + sequence("M1+M2+F").format() + ")");
		assertToolTip(diagram, "Zoom +", "Zoom in (+, or Ctrl+wheel)");
		assertToolTip(diagram, "Reset What-If", "Back to the measured figures (" + sequence("ESC").format() + ")");
		assertToolTip(diagram, "Dashboard", "Open the dashboard of this model (" + sequence("M1+M3+B").format() + ")");
	}

	/** The tip of a tool in the diagram's tool bar once the mouse comes onto the bar, as a person's pointer does. */
	private static void assertToolTip(DiagramEditor diagram, String tool, String expected) {
		ToolBar bar = Workbench.onUi(() -> UserInput.find(diagram.canvas().getShell(), ToolBar.class,
				candidate -> Arrays.stream(candidate.getItems()).anyMatch(item -> tool.equals(item.getText()))).orElseThrow());
		Rectangle at = Workbench.onUi(() -> toolItem(bar, tool).getBounds());
		UserInput.moveTo(diagram.canvas(), 40, 40);
		UserInput.moveTo(bar, at.x + at.width / 2, at.y + at.height / 2);
		try {
			Workbench.waitUntil("the tip of " + tool, Duration.ofSeconds(10),
					() -> expected.equals(Workbench.onUi(() -> toolItem(bar, tool).getToolTipText())));
		} catch (AssertionError e) {
			assertEquals(expected, Workbench.onUi(() -> toolItem(bar, tool).getToolTipText()), e.getMessage());
		} finally {
			UserInput.moveTo(diagram.canvas(), 40, 40); // the tip closes, as the pointer leaves the bar
		}
	}

	private static ToolItem toolItem(ToolBar bar, String text) {
		return Arrays.stream(bar.getItems()).filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
	}

	private static void select(DiagramEditor diagram, String name) {
		Workbench.onUi(() -> diagram.select(DEMO + "." + name));
	}

	private static void assertSelected(DiagramEditor diagram, String name, String what) {
		assertEquals(DEMO + "." + name, Workbench.onUi(diagram::selectedKey), what);
	}

	private static boolean renaming(DiagramEditor diagram) {
		return Workbench.onUi(() -> diagram.actions().renameField().isOpen());
	}

	private static double zoom(DiagramEditor diagram) {
		return Workbench.onUi(() -> diagram.canvas().viewport().zoom());
	}

	private static void press(DiagramEditor diagram, int key) {
		DiagramEditorTest.press(diagram, key);
	}

	private static void pressWithModifiers(DiagramEditor diagram, int key, int... modifiers) {
		Workbench.onUi(() -> diagram.canvas().setFocus());
		UserInput.press(key, modifiers);
	}

	@AfterEach
	void restore() throws Exception {
		Workbench.onUi(() -> {
			try {
				bindings().savePreferences(bindings().getActiveScheme(), original);
			} catch (java.io.IOException e) {
				throw new AssertionError(e);
			}
		});
		Models.closeEditors();
	}

	@Test
	void theDiagramsKeysAreListedForItsContext() {
		Map<String, TreeSet<String>> listed = Workbench.onUi(() -> {
			Map<String, TreeSet<String>> byCommand = new TreeMap<>();
			for (Binding binding : bindings().getBindings()) {
				if (DiagramCommands.CONTEXT.equals(binding.getContextId()) && binding.getParameterizedCommand() != null) {
					byCommand.computeIfAbsent(binding.getParameterizedCommand().getId(), id -> new TreeSet<>())
							.add(binding.getTriggerSequence().format());
				}
			}
			return byCommand;
		});
		assertEquals(Map.ofEntries(Map.entry(DiagramCommands.ADD_CHILD, keys("INSERT")),
				Map.entry(DiagramCommands.SELECT_PARENT, keys("ARROW_UP")), Map.entry(DiagramCommands.SELECT_FIRST_CHILD, keys("ARROW_DOWN")),
				Map.entry(DiagramCommands.SELECT_PREVIOUS_SIBLING, keys("ARROW_LEFT")),
				Map.entry(DiagramCommands.SELECT_NEXT_SIBLING, keys("ARROW_RIGHT")), Map.entry(DiagramCommands.SELECT_FIRST, keys("HOME")),
				Map.entry(DiagramCommands.TOGGLE_FOLD, keys("SPACE")), Map.entry(DiagramCommands.ZOOM_IN, keys("+", "=", "NUMPAD_ADD")),
				Map.entry(DiagramCommands.ZOOM_OUT, keys("-", "NUMPAD_SUBTRACT")), Map.entry(DiagramCommands.FIT, keys("M1+M2+F")),
				Map.entry(DiagramCommands.WHAT_IF, keys("M1+M3+W")), Map.entry(DiagramCommands.RESET_WHAT_IF, keys("ESC")),
				Map.entry("org.eclipse.ui.edit.rename", keys("CR", "F2", "NUMPAD_ENTER"))), listed);
		assertEquals("Add Child Node (North Star Diagram)", Workbench.onUi(() -> shown(DiagramCommands.ADD_CHILD)), "the name and category the Keys page shows");
		for (String command : listed.keySet()) {
			String shown = Workbench.onUi(() -> shown(command));
			assertTrue(shown.equals("Rename") || shown.endsWith("(North Star Diagram)"), shown);
		}
		screenshotOfTheKeysPage();
	}

	/** General > Keys filtered to the diagram's category: what a person rebinding a key looks at. */
	private static void screenshotOfTheKeysPage() {
		PreferenceDialog dialog = Workbench.onUi(() -> {
			PreferenceDialog keysPage = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					"org.eclipse.ui.preferencePages.Keys", null, null);
			keysPage.setBlockOnOpen(false);
			keysPage.open();
			keysPage.getShell().setBounds(20, 20, 1300, 900); // every column and row readable
			return keysPage;
		});
		try {
			// the page's own filter (the dialog's page tree has one too, further up)
			Text filter = Workbench.onUi(() -> {
				List<Text> filters = new ArrayList<>();
				searchFields(dialog.getShell(), filters);
				return filters.get(filters.size() - 1);
			});
			Workbench.onUi(() -> filter.setText("North Star Diagram"));
			Workbench.waitUntil("the Keys page to list the diagram's commands", Duration.ofSeconds(10), // it filters after a pause in typing
					() -> rowsOfTheKeysPage(dialog).contains("Add Child Node\tInsert") && !rowsOfTheKeysPage(dialog).contains("About\t"));
			List<String> rows = rowsOfTheKeysPage(dialog);
			for (String row : List.of("Select Parent Node\t↑", "Collapse / Expand Subtree\tSpace", "Fit\tShift+Ctrl+F",
					"Rename\tEnter", "Reset What-If\tEsc", "What If...\tCtrl+Alt+W")) {
				assertTrue(rows.contains(row), row + " in " + rows);
			}
			Workbench.screenshot(Workbench.onUi(dialog::getShell), "diagram-keys");
		} catch (Exception e) {
			throw new AssertionError(e);
		} finally {
			Workbench.onUi(dialog::close);
		}
	}

	@Test
	void aKeyBoundAnewInThePreferencesRunsTheCommand() throws Exception {
		Workbench.onUi(() -> {
			IBindingService service = bindings();
			List<Binding> changed = new ArrayList<>(List.of(service.getBindings()));
			// what the Keys page saves when a key is replaced: the new key, and the old one taken away
			changed.addAll(rebound(DiagramCommands.ADD_CHILD, "INSERT", "F9"));
			changed.addAll(rebound(DiagramCommands.TOGGLE_FOLD, "SPACE", "F8"));
			changed.addAll(rebound(DiagramCommands.FIT, "M1+M2+F", "F7"));
			try {
				service.savePreferences(service.getActiveScheme(), changed.toArray(Binding[]::new));
			} catch (java.io.IOException e) {
				throw new AssertionError(e);
			}
		});
		DiagramEditor diagram = Diagrams.open(product);
		select(diagram, "Senders");
		press(diagram, SWT.INSERT);
		assertFalse(Diagrams.text(diagram).contains("input SubInput"), "Insert no longer adds");
		press(diagram, SWT.F9);
		Workbench.waitUntil("F9 to add the sub-input", Duration.ofSeconds(10), () -> Diagrams.text(diagram).contains("input SubInput"));
		assertEquals(1, Diagrams.text(diagram).split("input SubInput", -1).length - 1, "one sub-input, from F9 alone");
		assertSelected(diagram, "SubInput", "the new node");
		UserInput.press(SWT.ESC); // keeps the default name

		select(diagram, "Senders");
		press(diagram, ' ');
		assertEquals(Set.of(), Workbench.onUi(diagram::collapsed), "Space no longer folds");
		assertTrue(contextMenu(diagram).contains("Collapse / Expand\tF8"), "the context menu shows the new key: " + contextMenu(diagram));
		press(diagram, SWT.F8);
		assertEquals(Set.of(DEMO + ".Senders"), Workbench.onUi(diagram::collapsed), "F8 folds");
		assertToolTip(diagram, "Fit", "Show the whole tree (F7)");
	}

	/** The bindings the Keys page adds when it binds {@code command} to {@code newKey} instead of {@code oldKey}. */
	private static List<Binding> rebound(String command, String oldKey, String newKey) {
		String scheme = bindings().getActiveScheme().getId();
		ParameterizedCommand bound = new ParameterizedCommand(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(command), null);
		return List.of(new KeyBinding(sequence(newKey), bound, scheme, DiagramCommands.CONTEXT, null, null, null, Binding.USER),
				new KeyBinding(sequence(oldKey), null, scheme, DiagramCommands.CONTEXT, null, null, null, Binding.USER));
	}

	/** The items of the diagram's context menu as shown (label, tab, key), opened as the right button opens it. */
	private static List<String> contextMenu(DiagramEditor diagram) {
		Menu menu = Workbench.onUi(() -> diagram.canvas().getMenu());
		Workbench.onUi(() -> menu.setVisible(true));
		Workbench.waitUntil("the context menu", Duration.ofSeconds(10), () -> Workbench.onUi(() -> menu.getItemCount() > 0));
		try {
			return Workbench.onUi(() -> Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
		} finally {
			Workbench.onUi(() -> menu.setVisible(false));
		}
	}


	/** A command as the Keys page lists it: its name, then its category, of our own commands. */
	private static String shown(String commandId) {
		try {
			Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
			return commandId.startsWith("org.northstar.") ? command.getName() + " (" + command.getCategory().getName() + ")" : command.getName();
		} catch (NotDefinedException e) {
			throw new AssertionError(commandId, e);
		}
	}

	/** The Keys page's table as shown: command and key of each row. */
	private static List<String> rowsOfTheKeysPage(PreferenceDialog dialog) {
		return Workbench.onUi(() -> {
			Tree table = UserInput.find(dialog.getShell(), Tree.class, tree -> tree.getColumnCount() > 2).orElseThrow();
			return Arrays.stream(table.getItems()).map(item -> item.getText(0) + "\t" + item.getText(1)).toList();
		});
	}

	private static void searchFields(Composite parent, List<Text> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && !text.getMessage().isEmpty()) {
				found.add(text);
			} else if (child instanceof Composite composite) {
				searchFields(composite, found);
			}
		}
	}

	private static IBindingService bindings() {
		return PlatformUI.getWorkbench().getService(IBindingService.class);
	}

	/** The keys as the binding service shows them, from their names in plugin.xml. */
	private static TreeSet<String> keys(String... sequences) {
		TreeSet<String> shown = new TreeSet<>();
		for (String formal : sequences) {
			shown.add(sequence(formal).format());
		}
		return shown;
	}

	private static KeySequence sequence(String formal) {
		try {
			return KeySequence.getInstance(formal);
		} catch (ParseException e) {
			throw new AssertionError(formal, e);
		}
	}
}
