package org.northstar.core.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * The whole check in one call: load the sources together, validate them.
 * Make one with {@link #create()} (or inject it with the language injector)
 * and reuse it; each call works on a fresh resource set.
 */
public final class ModelCheck {

	@Inject
	private ModelLoader loader;

	@Inject
	private ModelValidation validation;

	/** What one check found: problems per source that was read, and the sources that could not be read. */
	public record Result<S extends ModelSource>(Map<S, List<Problem>> problems, List<ReadFailure<S>> failures) {
	}

	/** A check on the shared language injector, the rule catalog registered. */
	public static ModelCheck create() {
		return NorthStarLanguage.injector().getInstance(ModelCheck.class);
	}

	/**
	 * Checks all sources together (names resolve across them).
	 *
	 * @throws java.util.concurrent.CancellationException when {@code cancel} says so
	 */
	public <S extends ModelSource> Result<S> check(Collection<S> sources, CancelIndicator cancel) {
		LoadedModels<S> loaded = loader.load(sources, cancel);
		return new Result<>(validation.validate(loaded, cancel), loaded.failures());
	}
}
