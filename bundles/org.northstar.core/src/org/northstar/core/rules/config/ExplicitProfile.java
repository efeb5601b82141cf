package org.northstar.core.rules.config;

import java.nio.file.Path;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A profile file chosen for one validation (the CLI's {@code --rules FILE}), carried by the
 * resource set being validated, so it applies to that validation alone and never to another
 * host's models in the same process.
 */
public final class ExplicitProfile extends AdapterImpl {

	private final Path file;

	private ExplicitProfile(Path file) {
		this.file = file;
	}

	/** Applies {@code file} over the profiles found next to the models of {@code resourceSet}. */
	public static void attach(ResourceSet resourceSet, Path file) {
		resourceSet.eAdapters().removeIf(ExplicitProfile.class::isInstance);
		resourceSet.eAdapters().add(new ExplicitProfile(file));
	}

	/** The file chosen for the models of {@code resourceSet}, or null. */
	public static Path of(ResourceSet resourceSet) {
		ExplicitProfile chosen = resourceSet == null ? null
				: (ExplicitProfile) EcoreUtil.getExistingAdapter(resourceSet, ExplicitProfile.class);
		return chosen == null ? null : chosen.file;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ExplicitProfile.class;
	}
}
