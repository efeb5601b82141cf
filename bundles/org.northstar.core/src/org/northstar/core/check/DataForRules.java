package org.northstar.core.check;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

/**
 * Every product's data loaded and its dashboard attached before the rules run, so that the data
 * rules (guardrail-breached, kpi-divergence, weak-driver, unexplained-north-star) have figures to
 * judge, and the reports and pictures show the figures that were judged ({@code validate --data},
 * {@code export}, the export wizard). A product whose data cannot be loaded is judged and drawn
 * without it; each of its problems goes to {@code messages}.
 */
public final class DataForRules {

	private DataForRules() {
	}

	/** Whether the data of every product of the resources could be loaded. */
	public static boolean attach(Collection<XtextResource> resources, DataSettings settings, Consumer<String> messages) {
		boolean all = true;
		for (XtextResource resource : resources) {
			if (resource.getContents().isEmpty() || !resource.getErrors().isEmpty()) {
				continue;
			}
			for (Product product : ((NorthStarModel) resource.getContents().get(0)).getProducts()) {
				try {
					ComputedStatus.attach(product, DataSources.load(product, settings));
				} catch (DataException e) {
					e.problems().forEach(problem -> messages.accept(problem.toString()));
					all = false;
				}
			}
		}
		return all;
	}
}
