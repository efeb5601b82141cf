package org.northstar.core.check;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;
import org.northstar.model.QuerySource;

/**
 * Where data clauses are written in a model's text, for messages about loading data: the metrics
 * engine knows no parser, so every host that loads data (the command line, the studio) asks here.
 * Lines count from 1; 0 means the line is not known (a model built in memory).
 */
public final class SourceLines {

	private SourceLines() {
	}

	/** The line the metric's {@code query} is written on. */
	public static int queryLine(Metric metric) {
		return lineOf(metric, NorthStarPackage.Literals.METRIC__QUERY);
	}

	/** The line the {@code query} of a metric or of a product's data source is written on (0 for anything else). */
	public static int queryLine(EObject owner) {
		return switch (owner) {
		case Metric metric -> queryLine(metric);
		case QuerySource source -> lineOf(source, NorthStarPackage.Literals.QUERY_SOURCE__QUERY);
		default -> 0;
		};
	}

	/** The line of the product's {@code data} clause, else of the product itself. */
	public static int dataLine(Product product) {
		if (product.getDataSource() != null) {
			ICompositeNode node = NodeModelUtils.getNode(product.getDataSource());
			if (node != null) {
				return node.getStartLine();
			}
		}
		ICompositeNode node = NodeModelUtils.getNode(product);
		return node == null ? 0 : node.getStartLine();
	}

	private static int lineOf(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? 0 : nodes.get(0).getStartLine();
	}
}
