/**
 * Workbench commands of North Star Studio: "Enable/Disable North Star
 * Validation" in a project's Configure menu, which add or remove the project
 * nature of {@link org.northstar.workspace.builder}.
 */
package org.northstar.ui.commands;
