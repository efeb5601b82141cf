package org.northstar.studio;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studio's working layout: projects on the left, the models in the middle, their problems below, structure on the right. */
public class NorthStarPerspective implements IPerspectiveFactory {

	public static final String ID = "org.northstar.studio.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder("org.eclipse.pde.runtime.LogView");

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.55f, "right");

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addNewWizardShortcut("org.northstar.ui.wizards.newProject");
		layout.addNewWizardShortcut("org.northstar.ui.wizards.newModel");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
