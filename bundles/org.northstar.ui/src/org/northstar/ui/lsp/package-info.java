/**
 * The studio's in-process client of the North Star language server: one server per workbench, started
 * lazily off the UI thread; open documents are synchronised with it, files changed outside editors are
 * forwarded, and what it publishes (diagnostics) is kept for the editors. No SWT here except where
 * results are applied to documents.
 */
package org.northstar.ui.lsp;
