/**
 * The workspace build of .northstar models: the project nature
 * ({@value org.northstar.workspace.builder.NorthStarNature#ID}), the builder
 * ({@value org.northstar.workspace.builder.NorthStarBuilder#ID}) that runs the
 * core's check (the same as {@code northstar validate}) over all models of a
 * project, and the problem markers
 * ({@value org.northstar.workspace.builder.ProblemMarkers#TYPE}) it leaves on the files.
 * Nothing here touches the UI (no org.eclipse.ui, SWT or JFace): the workbench
 * and a headless workspace run the same build.
 */
package org.northstar.workspace.builder;
