package org.northstar.cli;

import java.io.PrintWriter;
import java.util.Collection;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

/**
 * {@code validate --data}: every product's data loaded and its dashboard attached before the
 * rules run, so that the data rules (guardrail-breached, kpi-divergence, weak-driver,
 * unexplained-north-star) have figures to judge; {@code export} draws the same figures. A product
 * whose data cannot be loaded is judged (and drawn) without it; its problems are printed.
 */
final class DataForRules {

	private DataForRules() {
	}

	/** Whether the data of every product of the resources could be loaded. */
	static boolean attach(Collection<XtextResource> resources, DataSettings settings, PrintWriter err) {
		boolean all = true;
		for (XtextResource resource : resources) {
			if (resource.getContents().isEmpty() || !resource.getErrors().isEmpty()) {
				continue;
			}
			for (Product product : ((NorthStarModel) resource.getContents().get(0)).getProducts()) {
				try {
					ComputedStatus.attach(product, DataSources.load(product, settings));
				} catch (DataException e) {
					e.problems().forEach(problem -> err.println("northstar: " + problem));
					all = false;
				}
			}
		}
		return all;
	}
}
