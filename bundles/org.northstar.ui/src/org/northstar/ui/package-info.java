/** Workbench integration of the .northstar language: content type, project nature, builder and problem markers. */
package org.northstar.ui;
