/**
 * The North Star tree as a graph for ELK, and its headless layout: the one layout engine that the
 * diagram, the exports and the benchmarks share. No SWT or AWT here.
 */
package org.northstar.core.layout;
