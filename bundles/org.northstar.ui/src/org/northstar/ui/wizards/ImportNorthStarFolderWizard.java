package org.northstar.ui.wizards;

import java.io.File;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.northstar.workspace.builder.NorthStarNature;

/**
 * An existing folder of .northstar files (a git checkout, say) becomes a project in place: nothing is
 * copied or rewritten; the project remembers the folder and the North Star builder checks its models.
 */
public class ImportNorthStarFolderWizard extends NorthStarWizard implements IImportWizard {

	private ImportFolderPage page;
	private IProject project;

	public ImportNorthStarFolderWizard() {
		super("Import North Star Models");
	}

	@Override
	public void addPages() {
		page = new ImportFolderPage();
		addPage(page);
	}

	public ImportFolderPage folderPage() {
		return page;
	}

	public IProject project() {
		return project;
	}

	@Override
	public boolean performFinish() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		File folder = new File(page.folder());
		String projectName = page.projectName();
		File dotProject = new File(folder, IProjectDescription.DESCRIPTION_FILE_NAME);
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, "Importing " + folder, 3);
				IProjectDescription description = dotProject.isFile()
						? workspace.loadProjectDescription(new Path(dotProject.getAbsolutePath()))
						: workspace.newProjectDescription(projectName);
				description.setLocation(new Path(folder.getAbsolutePath()));
				project = workspace.getRoot().getProject(description.getName());
				project.create(description, progress.split(1));
				project.open(progress.split(1));
				NorthStarNature.enable(project, progress.split(1));
			}
		};
		return run(create, () -> null);
	}
}
