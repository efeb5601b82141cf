/** Formatting for the editor: Xtext's, guarded against what its formatter cannot lay out. */
package org.northstar.dsl.ide.formatting;
