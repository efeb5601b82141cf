/** Starting models for new projects and files: one per game, and an empty one; every one validates without errors. */
package org.northstar.core.templates;
