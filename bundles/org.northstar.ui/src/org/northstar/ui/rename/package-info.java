/** Rename (Alt+Shift+R): textDocument/rename as an LTK refactoring, so the user sees a preview of every file it changes. */
package org.northstar.ui.rename;
