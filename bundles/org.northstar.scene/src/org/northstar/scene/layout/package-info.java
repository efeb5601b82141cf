/**
 * The North Star tree as a graph for ELK, and its headless layout: the one layout engine that the
 * diagram, the exports and the benchmarks share. ELK's Mr. Tree places the nodes from left to right
 * (siblings in model order, each subtree a rigid unit, so a small edit moves subtrees but never
 * reshuffles them); {@code TreeRows} lines the levels up in rows and routes the edges orthogonally.
 * No SWT or AWT here.
 */
package org.northstar.scene.layout;
