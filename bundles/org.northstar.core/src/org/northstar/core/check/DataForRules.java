package org.northstar.core.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.metrics.ComputedStatus;
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
		List<Product> products = new ArrayList<>();
		for (XtextResource resource : resources) {
			if (!resource.getContents().isEmpty() && resource.getErrors().isEmpty()) {
				products.addAll(((NorthStarModel) resource.getContents().get(0)).getProducts());
			}
		}
		boolean all = true;
		// loaded side by side, attached here: the dashboards are attached on the caller's thread
		for (DataSources.Loaded data : DataSources.loadAll(products, settings)) {
			if (data.failure() == null) {
				ComputedStatus.attach(data.product(), data.data());
			} else {
				data.failure().problems().forEach(problem -> messages.accept(problem.toString()));
				all = false;
			}
		}
		return all;
	}
}
