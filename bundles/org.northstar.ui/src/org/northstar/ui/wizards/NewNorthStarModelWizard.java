package org.northstar.ui.wizards;

import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.templates.ModelPackages;
import org.northstar.core.templates.Names;
import org.northstar.core.templates.StartingModel;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.workspace.builder.ProjectModels;

/**
 * A new .northstar file with one product from a starting model. The file joins the package of the
 * project's models (where its teams file is), and its inputs are owned by teams of that package, chosen
 * on the product page; in a project without teams the model declares the starting model's own.
 */
public class NewNorthStarModelWizard extends NorthStarWizard implements INewWizard {

	private WizardNewFileCreationPage filePage;
	private ProductPage productPage;
	private IFile model;
	private IProject offeredFor;

	public NewNorthStarModelWizard() {
		super("New North Star Model");
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection());
		filePage.setTitle("North Star model");
		filePage.setDescription("Where the model goes: a .northstar file in a project.");
		filePage.setFileExtension("northstar");
		filePage.setFileName("product.northstar");
		productPage = new ProductPage() {
			@Override
			public void setVisible(boolean visible) {
				if (visible) {
					offerPackages();
				}
				super.setVisible(visible);
			}
		};
		addPage(filePage);
		addPage(productPage);
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == filePage) {
			productPage.suggestName(filePage.getFileName().replaceFirst("\\.northstar$", ""));
		}
		return super.getNextPage(page);
	}

	public WizardNewFileCreationPage filePage() {
		return filePage;
	}

	public ProductPage productPage() {
		return productPage;
	}

	public IFile model() {
		return model;
	}

	/** Reads the packages and teams of the chosen project, once per project, when the product page shows. */
	private void offerPackages() {
		IContainer container = container();
		if (container == null || container.getProject().equals(offeredFor)) {
			return;
		}
		offeredFor = container.getProject();
		ModelPackages packages;
		try {
			packages = ModelPackages.read(NorthStarUiPlugin.session().get(ModelLoader.class), ProjectModels.of(offeredFor));
		} catch (CoreException | RuntimeException e) {
			Platform.getLog(getClass()).warn("Cannot read the models of " + offeredFor.getName() + " for their packages", e);
			packages = ModelPackages.none();
		}
		productPage.offer(packages, packages.usual(Names.packageFor(offeredFor.getName())));
	}

	private IContainer container() {
		return filePage.getContainerFullPath() == null ? null
				: (IContainer) ResourcesPlugin.getWorkspace().getRoot().findMember(filePage.getContainerFullPath());
	}

	@Override
	public boolean performFinish() {
		String fileName = filePage.getFileName().endsWith(".northstar") ? filePage.getFileName() : filePage.getFileName() + ".northstar";
		IContainer container = container();
		if (container == null) {
			filePage.setErrorMessage("Choose an existing project or folder.");
			return false;
		}
		offerPackages();
		String product = productPage.productName();
		String pkg = productPage.packageName();
		StartingModel start = productPage.startingModel();
		List<String> owners = productPage.owners();
		String text = owners.isEmpty() ? start.render(pkg, product, productPage.valueStatement(), productPage.emptyGame())
				: start.renderOwnedBy(pkg, product, productPage.valueStatement(), productPage.emptyGame(), owners);
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				model = ProjectFiles.write(container, fileName, text, monitor);
			}
		};
		return run(create, () -> model);
	}
}
