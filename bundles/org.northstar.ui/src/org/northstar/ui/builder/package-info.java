/**
 * The workspace build of .northstar models: the project nature
 * ({@value org.northstar.ui.builder.NorthStarNature#ID}), the builder
 * ({@value org.northstar.ui.builder.NorthStarBuilder#ID}) that runs the
 * core's check (the same as {@code northstar validate}) over all models of a
 * project, and the problem markers
 * ({@value org.northstar.ui.builder.ProblemMarkers#TYPE}) it leaves on the files.
 * Nothing here touches the UI (no org.eclipse.ui, SWT or JFace), so it can move
 * to a headless bundle when a headless workspace needs it.
 */
package org.northstar.ui.builder;
