package org.northstar.metrics;

import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Product;

/**
 * A product's dashboard kept on the product itself (an EMF adapter), where the rules
 * that need data read it: a host that has data (the command line's {@code validate
 * --data}) computes it once and attaches it before validating; without it those rules
 * stay quiet. Rules never load data themselves.
 */
public final class ComputedStatus extends AdapterImpl {

	private final ProductStatus status;

	private ComputedStatus(ProductStatus status) {
		this.status = status;
	}

	/** Computes the product's dashboard from {@code data} (as of its latest period) and keeps it on the product. */
	public static ProductStatus attach(Product product, Measurements data) {
		ProductStatus status = ProductStatus.of(product, new Calculator(data), null);
		product.eAdapters().removeIf(adapter -> adapter instanceof ComputedStatus);
		product.eAdapters().add(new ComputedStatus(status));
		return status;
	}

	/** The dashboard of the product {@code element} belongs to, when a host attached one. */
	public static Optional<ProductStatus> of(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Product product) {
				for (Adapter adapter : product.eAdapters()) {
					if (adapter instanceof ComputedStatus computed) {
						return Optional.of(computed.status);
					}
				}
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ComputedStatus.class;
	}
}
