/**
 * Checking .northstar models the one way every host does: the command line,
 * the workbench builder and tests give a set of {@link org.northstar.core.check.ModelSource}s
 * to {@link org.northstar.core.check.ModelCheck} and get back
 * {@link org.northstar.core.check.Problem}s per source, with the rule id as the
 * code. Names resolve across all the sources of one check, so a check of a
 * project sees what a check of each file alone would miss (e.g. idle teams).
 * Headless: no Eclipse resources, no UI.
 */
package org.northstar.core.check;
