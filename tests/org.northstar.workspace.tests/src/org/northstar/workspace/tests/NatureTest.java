package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.northstar.workspace.builder.NorthStarBuilder;
import org.northstar.workspace.builder.NorthStarNature;

/** The nature brings and takes the builder; .northstar files are UTF-8 text whatever the project's encoding. */
class NatureTest {

	private static final String OTHER_BUILDER = "org.example.otherBuilder";

	private TestProject project;

	@RegisterExtension
	final Projects projects = new Projects();

	@BeforeEach
	void createProject() throws CoreException {
		project = projects.withoutNature("nature");
	}

	@Test
	void enablingAddsTheBuilderOnceAndDisablingRemovesOnlyIt() throws CoreException {
		IProjectDescription description = project.project().getDescription();
		ICommand other = description.newCommand();
		other.setBuilderName(OTHER_BUILDER);
		description.setBuildSpec(new ICommand[] { other });
		project.project().setDescription(description, null);

		NorthStarNature.enable(project.project(), null);
		NorthStarNature.enable(project.project(), null);
		assertTrue(NorthStarNature.isEnabled(project.project()));
		assertEquals(List.of(OTHER_BUILDER, NorthStarBuilder.ID), builders());

		NorthStarNature.disable(project.project(), null);
		assertFalse(NorthStarNature.isEnabled(project.project()));
		assertEquals(List.of(OTHER_BUILDER), builders());
	}

	@Test
	void disablingRemovesTheMarkers() throws CoreException {
		NorthStarNature.enable(project.project(), null);
		project.write(Models.PRODUCT_FILE, Models.PRODUCT);
		project.fullBuild();
		assertFalse(project.allMarkers().isEmpty());
		NorthStarNature.disable(project.project(), null);
		assertEquals(List.of(), project.allMarkers());
	}

	@Test
	void withoutTheNatureNothingIsChecked() throws CoreException {
		project.write(Models.PRODUCT_FILE, Models.PRODUCT);
		project.fullBuild();
		assertEquals(List.of(), project.allMarkers());
	}

	@Test
	void modelsAreNorthStarSourceInUtf8WhateverTheProjectEncoding() throws CoreException {
		project.project().setDefaultCharset(StandardCharsets.ISO_8859_1.name(), null);
		IFile model = project.write(Models.PRODUCT_FILE, Models.PRODUCT);
		IFile notes = project.write("notes.txt", "notes");
		assertEquals("UTF-8", model.getCharset());
		assertEquals(StandardCharsets.ISO_8859_1.name(), notes.getCharset());

		IContentType type = Platform.getContentTypeManager().findContentTypeFor(Models.PRODUCT_FILE);
		assertNotNull(type);
		assertEquals("org.northstar.ui.northstarSource", type.getId());
		assertEquals("org.eclipse.core.runtime.text", type.getBaseType().getId());
		assertEquals(type, model.getContentDescription().getContentType());
	}

	private List<String> builders() throws CoreException {
		return Arrays.stream(project.project().getDescription().getBuildSpec()).map(ICommand::getBuilderName).toList();
	}
}
