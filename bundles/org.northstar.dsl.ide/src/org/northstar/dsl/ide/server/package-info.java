/**
 * The North Star language server, one for every client: made here, with the rule catalog and the
 * language registered explicitly (Xtext's ServiceLoader lookup does not see across OSGi bundles), and
 * reached in-process by the studio's editor or over stdio by {@code northstar lsp}.
 */
package org.northstar.dsl.ide.server;
