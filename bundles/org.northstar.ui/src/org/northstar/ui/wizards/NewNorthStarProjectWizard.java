package org.northstar.ui.wizards;


import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.northstar.core.templates.Names;
import org.northstar.core.templates.StartingModel;
import org.northstar.workspace.builder.NorthStarNature;

/** A new project validated by the North Star builder, with a teams file, a first model and an empty data folder. */
public class NewNorthStarProjectWizard extends NorthStarWizard implements INewWizard {

	private WizardNewProjectCreationPage projectPage;
	private ProductPage productPage;
	private IFile model;
	private String initialProjectName;

	public NewNorthStarProjectWizard() {
		super("New North Star Project");
	}

	@Override
	public void addPages() {
		projectPage = new WizardNewProjectCreationPage("project");
		if (initialProjectName != null) {
			projectPage.setInitialProjectName(initialProjectName);
		}
		projectPage.setTitle("North Star project");
		projectPage.setDescription("A project for the models of one company or portfolio.");
		productPage = new ProductPage();
		addPage(projectPage);
		addPage(productPage);
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == projectPage && !projectPage.getProjectName().isBlank()) {
			productPage.suggestName(projectPage.getProjectName());
		}
		return super.getNextPage(page);
	}

	/** The name the project page starts with (before the pages are made). */
	public void setInitialProjectName(String name) {
		initialProjectName = name;
	}

	public WizardNewProjectCreationPage projectPage() {
		return projectPage;
	}

	public ProductPage productPage() {
		return productPage;
	}

	/** The model the wizard wrote (after finishing). */
	public IFile model() {
		return model;
	}

	@Override
	public boolean performFinish() {
		IProject project = projectPage.getProjectHandle();
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		if (!projectPage.useDefaults()) {
			description.setLocationURI(projectPage.getLocationURI());
		}
		String pkg = Names.packageFor(project.getName());
		StartingModel start = productPage.startingModel();
		String product = productPage.productName();
		String text = start.renderWithoutTeams(pkg, product, productPage.valueStatement(), productPage.emptyGame());
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 6);
				project.create(description, progress.split(1));
				project.open(progress.split(1));
				NorthStarNature.enable(project, progress.split(1));
				ProjectFiles.write(project, "teams.northstar", start.teamsFile(pkg), progress.split(1));
				model = ProjectFiles.write(project, ProjectFiles.modelFileName(product), text, progress.split(1));
				ProjectFiles.folder(project, "data", progress.split(1));
			}
		};
		return run(create, () -> model);
	}
}
