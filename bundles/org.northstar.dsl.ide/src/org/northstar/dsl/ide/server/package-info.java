/**
 * The North Star language server, one for every client: made here on the process's language
 * session (whose injector carries the rule catalog), with the language registered explicitly
 * (Xtext's ServiceLoader lookup does not see across OSGi bundles), and reached in-process by the
 * studio's editor or over stdio by {@code northstar lsp}.
 */
package org.northstar.dsl.ide.server;
