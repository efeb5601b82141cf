package org.northstar.cli;

import java.io.PrintWriter;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.LoadedModels;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

/**
 * {@code validate --data}: every product's data loaded and its dashboard attached before the
 * rules run, so that the data rules (guardrail-breached, kpi-divergence, weak-driver,
 * unexplained-north-star) have figures to judge. A product whose data cannot be loaded is
 * judged without it; its problems are printed.
 */
final class DataForRules {

	private DataForRules() {
	}

	/** Whether every product's data could be loaded. */
	static boolean attach(LoadedModels<ModelFile> loaded, DataSettings settings, PrintWriter err) {
		boolean all = true;
		for (XtextResource resource : loaded.resources().values()) {
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
