/** Writes the rule pages, their table of contents and the F1 contexts from the rule catalog at build time. */
package org.northstar.help.generator;
