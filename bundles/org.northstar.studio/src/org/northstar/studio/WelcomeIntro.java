package org.northstar.studio;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.part.IntroPart;
import org.northstar.ui.wizards.NewNorthStarProjectWizard;

/** The welcome of the first start: open the example, start a project, read the guide. */
public class WelcomeIntro extends IntroPart {

	public static final String GUIDE = "/org.northstar.help/html/getting-started.html";

	private Composite page;

	@Override
	public void createPartControl(Composite parent) {
		page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.NONE);
		title.setText("Welcome to North Star Studio");
		title.setFont(JFaceResources.getHeaderFont());
		Label intro = new Label(page, SWT.WRAP);
		intro.setText("Model your product strategy as a North Star tree: one metric, the inputs that drive it, the teams"
				+ " that own them. The studio checks it against the framework's anti-patterns as you write.");
		intro.setLayoutData(wrapping());
		action("<a>Open the example</a>: two product models, a teams file and the problems the rules find.", this::openExample);
		action("<a>New North Star project</a>: a teams file and a first model for your product's game.", this::newProject);
		action("<a>Read the guide</a>: the framework in brief, a tutorial, the language and every rule.", this::readGuide);
	}

	public void openExample() {
		new WorkspaceJob("Opening the North Star example") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = ExampleProject.create(monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					ExampleOnFirstStart.show(project.getFile(ExampleProject.MAIN_MODEL));
					standBy();
				});
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	public void newProject() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		NewNorthStarProjectWizard wizard = new NewNorthStarProjectWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		if (new WizardDialog(getIntroSite().getShell(), wizard).open() == WizardDialog.OK) {
			standBy();
		}
	}

	public void readGuide() {
		PlatformUI.getWorkbench().getHelpSystem().displayHelpResource(GUIDE);
	}

	@Override
	public void standbyStateChanged(boolean standby) {
		// the same three links serve as the standby panel
	}

	@Override
	public void setFocus() {
		page.setFocus();
	}

	private void standBy() {
		IIntroPart self = this;
		PlatformUI.getWorkbench().getIntroManager().setIntroStandby(self, true);
	}

	/**
	 * Fills the width it is given and wraps: without a width hint, GridLayout asks for the text's one-line
	 * width, and in a narrow side panel the end of each sentence is cut off.
	 */
	private static GridData wrapping() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		return data;
	}

	private void action(String text, Runnable run) {
		Link link = new Link(page, SWT.WRAP);
		link.setText(text);
		link.setLayoutData(wrapping());
		link.addListener(SWT.Selection, event -> run.run());
	}
}
