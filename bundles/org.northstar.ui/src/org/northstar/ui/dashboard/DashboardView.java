package org.northstar.ui.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.northstar.metrics.Period;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.workspace.builder.NorthStarFiles;
import org.northstar.ui.figures.FiguresSnapshot;
import org.northstar.ui.figures.ModelFigures;
import org.northstar.ui.figures.ProductFigures;

/**
 * The dashboard of the model in the active North Star editor (source or diagram): it follows the
 * editor that gets the focus, shows the model's live figures and offers the period, the comparison
 * period, a refresh and the reset of what-if values. Nothing here loads or computes on the UI
 * thread: the figures come from {@link org.northstar.ui.figures.LiveFigures}, loaded in the background.
 */
public final class DashboardView extends ViewPart {

	public static final String ID = "org.northstar.ui.dashboard";
	private static final String LATEST = "Latest";
	private static final String PREVIOUS = "The period before";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	private Label title;
	private Combo asOf;
	private Combo comparison;
	private Button refresh;
	private Button reset;
	private Label state;
	private DashboardCanvas canvas;
	private ModelFigures figures;
	private final List<Period> periods = new ArrayList<>();
	private final Consumer<FiguresSnapshot> listener = snapshot -> {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(() -> shown(snapshot));
		}
	};
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			follow(reference);
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			follow(reference);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(8, false));
		title = new Label(bar, SWT.NONE);
		title.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText("As of");
		asOf = new Combo(bar, SWT.READ_ONLY);
		asOf.setToolTipText("The period the dashboard shows");
		new Label(bar, SWT.NONE).setText("compared with");
		comparison = new Combo(bar, SWT.READ_ONLY);
		comparison.setToolTipText("The period each change is measured against");
		refresh = new Button(bar, SWT.PUSH);
		refresh.setText("Refresh");
		refresh.setToolTipText("Load the data again (in the background; the figures stay until it is done)");
		reset = new Button(bar, SWT.PUSH);
		reset.setText("Reset what-if");
		reset.setToolTipText("Back to the measured figures");
		new Label(bar, SWT.NONE);
		state = new Label(bar, SWT.NONE);
		// its own row: an error message is long
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
		canvas = new DashboardCanvas(parent);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		asOf.addListener(SWT.Selection, event -> {
			if (figures != null) {
				figures.setAsOf(period(asOf, 1));
			}
		});
		comparison.addListener(SWT.Selection, event -> {
			if (figures != null) {
				figures.setComparison(period(comparison, 1));
			}
		});
		refresh.addListener(SWT.Selection, event -> {
			if (figures != null) {
				figures.refresh();
			}
		});
		reset.addListener(SWT.Selection, event -> {
			if (figures != null) {
				figures.resetWhatIf();
			}
		});
		getSite().getPage().addPartListener(editors);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null && active.getEditorInput() instanceof IFileEditorInput input && NorthStarFiles.isModelName(input.getFile().getName())) {
			show(input.getFile());
		} else {
			shown(null);
		}
	}

	/** Shows the dashboard of the model file (its figures are loaded in the background if not yet). */
	public void show(IFile file) {
		ModelFigures next = NorthStarUiPlugin.figures().figuresOf(file);
		if (next == figures) {
			return;
		}
		if (figures != null) {
			figures.removeListener(listener);
		}
		figures = next;
		figures.addListener(listener);
		shown(figures.current());
	}

	/** The file whose dashboard is shown, or null. */
	public IFile file() {
		return figures == null ? null : figures.file();
	}

	public DashboardCanvas canvas() {
		return canvas;
	}

	private void follow(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart editor && editor.getEditorInput() instanceof IFileEditorInput input
				&& NorthStarFiles.isModelName(input.getFile().getName())) {
			show(input.getFile());
		}
	}

	private void shown(FiguresSnapshot snapshot) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		if (snapshot != null && figures != null && snapshot.file() != null && !snapshot.file().equals(figures.file())) {
			return; // a late snapshot of the model shown before
		}
		if (snapshot != null && snapshot.file() != null && !snapshot.file().exists()) {
			// the model was deleted, moved or closed: nothing of it is shown any more
			if (figures != null) {
				figures.removeListener(listener);
				figures = null;
			}
			snapshot = null;
		}
		title.setText(snapshot == null ? "No model" : snapshot.file().getName());
		periods(snapshot);
		refresh.setEnabled(snapshot != null);
		reset.setEnabled(snapshot != null && snapshot.hypothetical());
		state.setText(snapshot == null ? "" : snapshot.loading() ? "Loading…"
				: !snapshot.errors().isEmpty() ? "Load failed: " + snapshot.errors().get(0)
				: snapshot.loadedAt() != null ? "Loaded at " + TIME.format(snapshot.loadedAt()) : "");
		state.setForeground(snapshot != null && !snapshot.errors().isEmpty() ? canvas.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		title.getParent().layout(true);
		setContentDescription("");
		canvas.show(figures, snapshot);
	}

	/** The period pickers list every period of the shown model's data, newest first. */
	private void periods(FiguresSnapshot snapshot) {
		TreeSet<Period> all = new TreeSet<>();
		if (snapshot != null) {
			snapshot.products().stream().map(ProductFigures::periods).forEach(all::addAll);
		}
		List<Period> newestFirst = new ArrayList<>(all.descendingSet());
		if (!newestFirst.equals(periods)) {
			periods.clear();
			periods.addAll(newestFirst);
			fill(asOf, LATEST);
			fill(comparison, PREVIOUS);
		}
		asOf.select(snapshot == null || snapshot.asOf() == null ? 0 : periods.indexOf(snapshot.asOf()) + 1);
		comparison.select(snapshot == null || snapshot.comparison() == null ? 0 : periods.indexOf(snapshot.comparison()) + 1);
	}

	private void fill(Combo combo, String first) {
		List<String> items = new ArrayList<>();
		items.add(first);
		periods.forEach(p -> items.add(p.toString()));
		combo.setItems(items.toArray(String[]::new));
		combo.setVisibleItemCount(Math.min(20, items.size()));
	}

	private Period period(Combo combo, int offset) {
		int index = combo.getSelectionIndex() - offset;
		return index < 0 || index >= periods.size() ? null : periods.get(index);
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (figures != null) {
			figures.removeListener(listener);
		}
		super.dispose();
	}
}
