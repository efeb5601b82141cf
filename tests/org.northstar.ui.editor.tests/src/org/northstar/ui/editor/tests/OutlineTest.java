package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.ui.editor.NorthStarEditor;

/** The Outline view and Ctrl+O show the model's products and metrics, linked with the caret. */
class OutlineTest extends EditorTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-outline");
	}

	@Test
	void theOutlineListsProductsAndMetricsAndFollowsTheCaret() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Workbench.waitUntil("the document's symbols", SERVER,
				() -> Models.names(Workbench.onUi(editor::symbols)).containsAll(java.util.List.of("Demo", "PaidOnTime", "Senders")));
		ContentOutlinePage page = Workbench.onUi(() -> {
			try {
				editor.getSite().getPage().showView(IPageLayout.ID_OUTLINE);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
			editor.getSite().getPage().activate(editor);
			return (ContentOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		});
		String tree = Workbench.onUi(() -> labels(((Tree) page.getControl()).getItems(), ""));
		assertTrue(tree.contains("Demo") && tree.contains("  PaidOnTime") && tree.contains("  Senders"), tree);

		Workbench.onUi(() -> editor.selectAndReveal(Models.text(editor).indexOf("Senders") + 3, 0));
		Workbench.waitUntil("the outline to select the input around the caret", Duration.ofSeconds(10),
				() -> "Senders".equals(selectedName(page)));
	}

	@Test
	void ctrlOShowsTheQuickOutlineWhichFiltersAsOneTypesAndEnterGoesToTheElement() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Workbench.waitUntil("the document's symbols", SERVER,
				() -> Models.names(Workbench.onUi(editor::symbols)).contains("Senders"));
		// Without a window manager a key posted while the X server still moves the focus can be lost:
		// press Ctrl+O again (as a person would) until the popup shows.
		Tree tree = UserInput.waitForPopup("the quick outline", Duration.ofSeconds(20),
				shell -> UserInput.find(shell, Tree.class, t -> t.getItemCount() > 0), () -> {
					UserInput.focus(editor);
					UserInput.press('o', SWT.CTRL);
				});
		// typed into the popup's filter field (see UserInput.pressWhilePopupIsOpen for why not as posted keys)
		Workbench.onUi(() -> UserInput.find(tree.getShell(), Text.class, text -> true).orElseThrow().setText("send"));
		Workbench.waitUntil("the outline to be filtered", Duration.ofSeconds(10),
				() -> !Workbench.onUi(() -> labels(tree.getItems(), "")).contains("PaidOnTime"));
		assertTrue(Workbench.onUi(() -> labels(tree.getItems(), "")).contains("Senders"));
		UserInput.pressWhilePopupIsOpen(SWT.CR);
		Workbench.waitUntil("Enter to go to the chosen element", Duration.ofSeconds(10), () -> Workbench.onUi(
				() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset()) == Models.text(editor)
						.indexOf("Senders"));
		assertTrue(Workbench.onUi(tree::isDisposed), "the popup closed");
	}

	private static String selectedName(ContentOutlinePage page) {
		return Workbench.onUi(() -> page.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol ? Models.simpleName(symbol) : null);
	}

	private static String labels(TreeItem[] items, String indent) {
		StringBuilder text = new StringBuilder();
		for (TreeItem item : items) {
			text.append(indent).append(item.getText()).append('\n');
			item.setExpanded(true);
			text.append(labels(item.getItems(), indent + "  "));
		}
		return text.toString();
	}
}
