package org.northstar.ui.preferences;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.Severity;

/**
 * North Star > Rules: the rule catalog with a severity per rule, written to a project's
 * northstar-rules.properties. As a property page it edits its project; as a preference page the
 * project is chosen at the top (severities live with the models, so the command line agrees).
 */
public class RulesPage extends PreferencePage implements IWorkbenchPreferencePage, IWorkbenchPropertyPage {

	private static final List<String> WORDS = Arrays.stream(Severity.values()).map(Severity::word).toList();

	private IProject project;
	private ProjectRuleSeverities severities;
	private final Map<Rule, Combo> combos = new LinkedHashMap<>();
	private Label fileNote;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	public void setElement(org.eclipse.core.runtime.IAdaptable element) {
		project = Adapters.adapt(element, IProject.class);
	}

	@Override
	public org.eclipse.core.runtime.IAdaptable getElement() {
		return project;
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		if (project == null) {
			projectChooser(page);
		}
		fileNote = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(fileNote);
		ScrolledComposite scrolled = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 380).applyTo(scrolled);
		Composite table = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(table);
		for (Rule rule : RuleCatalog.all()) {
			Label id = new Label(table, SWT.NONE);
			id.setText(rule.id());
			id.setToolTipText(rule.why());
			Label title = new Label(table, SWT.NONE);
			title.setText(rule.title() + "  (default " + rule.defaultSeverity().word() + ")");
			title.setToolTipText(rule.why());
			Combo combo = new Combo(table, SWT.READ_ONLY);
			combo.setItems(WORDS.toArray(String[]::new));
			combos.put(rule, combo);
		}
		scrolled.setContent(table);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(table.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		load();
		return page;
	}

	private void projectChooser(Composite page) {
		Composite row = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		new Label(row, SWT.NONE).setText("&Project:");
		Combo projects = new Combo(row, SWT.READ_ONLY);
		List<IProject> open = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(IProject::isOpen).toList();
		projects.setItems(open.stream().map(IProject::getName).toArray(String[]::new));
		projects.addListener(SWT.Selection, event -> {
			project = open.get(projects.getSelectionIndex());
			load();
		});
		if (!open.isEmpty()) {
			project = open.get(0);
			projects.select(0);
		}
	}

	private void load() {
		boolean editable = project != null;
		try {
			severities = editable ? ProjectRuleSeverities.of(project) : null;
		} catch (CoreException e) {
			severities = null;
			editable = false;
		}
		fileNote.setText(editable ? "Severities of project " + project.getName()
				+ ", kept in its northstar-rules.properties (the command line reads the same file)."
				: "Open a project to set the severities of its rules.");
		for (Map.Entry<Rule, Combo> entry : combos.entrySet()) {
			Severity severity = editable ? severities.severityOf(entry.getKey()) : entry.getKey().defaultSeverity();
			entry.getValue().select(WORDS.indexOf(severity.word()));
			entry.getValue().setEnabled(editable);
		}
	}

	@Override
	public boolean performOk() {
		if (severities == null) {
			return true;
		}
		combos.forEach((rule, combo) -> severities.set(rule, Severity.values()[combo.getSelectionIndex()]));
		try {
			severities.save();
			return true;
		} catch (CoreException e) {
			setErrorMessage("Cannot write northstar-rules.properties: " + e.getStatus().getMessage());
			return false;
		}
	}
}
