package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.northstar.core.rules.RuleIds;

/** F1 on a North Star problem marker: the workbench's marker help registry finds the page of the marker's rule. */
class RuleMarkerHelpTest {

	private IProject project;
	private IFile file;

	@BeforeEach
	void createFile() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("marker-help");
		project.create(null);
		project.open(null);
		file = project.getFile("demo.northstar");
		file.create(new java.io.ByteArrayInputStream("package demo".getBytes()), true, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, null);
	}

	@Test
	void aProblemMarkerLeadsToItsRulesContext() throws CoreException {
		IMarker marker = file.createMarker("org.northstar.ui.problem");
		marker.setAttribute("ruleId", RuleIds.UNOWNED_INPUT);
		assertEquals("org.northstar.help.rule_unowned-input", IDE.getMarkerHelpRegistry().getHelp(marker));
	}

	@Test
	void anotherMarkerGetsNoRuleHelp() throws CoreException {
		IMarker marker = file.createMarker(IMarker.PROBLEM);
		marker.setAttribute("ruleId", RuleIds.UNOWNED_INPUT);
		assertFalse("org.northstar.help.rule_unowned-input".equals(IDE.getMarkerHelpRegistry().getHelp(marker)));
	}
}
