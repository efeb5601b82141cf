package org.northstar.ui.wizards;

import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.northstar.core.templates.Names;
import org.northstar.core.templates.StartingModel;

/**
 * A new .northstar file with one product from a starting model. The file gets a package of its own
 * (the project's, then the product's), so the teams it declares never clash with the project's.
 */
public class NewNorthStarModelWizard extends NorthStarWizard implements INewWizard {

	private WizardNewFileCreationPage filePage;
	private ProductPage productPage;
	private IFile model;

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
		productPage = new ProductPage();
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

	@Override
	public boolean performFinish() {
		String fileName = filePage.getFileName().endsWith(".northstar") ? filePage.getFileName() : filePage.getFileName() + ".northstar";
		IContainer container = (IContainer) ResourcesPlugin.getWorkspace().getRoot().findMember(filePage.getContainerFullPath());
		if (container == null) {
			filePage.setErrorMessage("Choose an existing project or folder.");
			return false;
		}
		String product = productPage.productName();
		String pkg = Names.packageFor(container.getProject().getName()) + "." + product.toLowerCase(Locale.ROOT);
		StartingModel start = productPage.startingModel();
		String text = start.render(pkg, product, productPage.valueStatement(), productPage.emptyGame());
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				model = ProjectFiles.write(container, fileName, text, monitor);
			}
		};
		return run(create, () -> model);
	}
}
