package org.northstar.core.rules;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.Measurements;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

import com.google.inject.Singleton;

/**
 * Where the rules over data get their figures in a host that keeps figures of its own (the
 * workbench's live figures): one per language session, so that every validation of that session
 * (the builder's, the language server's, the diagram's) judges against the same data. Before the
 * rules judge a model, the data the source has for each of its products is attached as the
 * product's dashboard ({@link ComputedStatus}); a product the source has nothing for keeps what a
 * host attached itself (the command line's {@code validate --data}) or stays without, and the data
 * rules then stay quiet. Never loads data itself.
 */
@Singleton
public final class RuleData {

	/** The data of a product of the model at {@code model} (a file URI), if the host has it. */
	@FunctionalInterface
	public interface Source {
		Optional<Measurements> of(URI model, Product product);
	}

	private volatile Source source = (model, product) -> Optional.empty();

	/** Makes {@code source} the one the rules ask from now on. */
	public void provide(Source source) {
		this.source = source;
	}

	/** Attaches the data the source has for each product of the model. */
	public void attachTo(NorthStarModel model) {
		URI uri = model.eResource() == null ? null : model.eResource().getURI();
		if (uri == null) {
			return;
		}
		Source current = source;
		for (Product product : model.getProducts()) {
			if (product.getName() != null && product.getDataSource() != null) {
				current.of(uri, product).ifPresent(data -> ComputedStatus.attach(product, data));
			}
		}
	}
}
