package org.northstar.core.layout;

import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/** Lays out a tree graph top-down with ELK's Mr. Tree algorithm, inside OSGi and out. */
public final class TreeLayout {

	private static boolean registered;

	private TreeLayout() {
	}

	/** Sets the position of every node and the route of every edge of the graph. */
	public static void apply(ElkNode graph) {
		registerAlgorithms();
		graph.setProperty(CoreOptions.ALGORITHM, MrTreeOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
	}

	/** ELK finds algorithms through the ServiceLoader, which does not see across OSGi bundles: register them here. */
	private static synchronized void registerAlgorithms() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new MrTreeOptions());
			registered = true;
		}
	}
}
