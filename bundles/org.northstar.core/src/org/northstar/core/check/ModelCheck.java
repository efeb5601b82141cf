package org.northstar.core.check;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * The whole check in one call: load the sources together, validate them.
 * Get one from the session ({@link LanguageSession#check()}) and reuse it;
 * each call works on a fresh resource set.
 */
public final class ModelCheck {

	@Inject
	private ModelLoader loader;

	@Inject
	private ModelValidation validation;

	/** What one check found: problems per source that was read, and the sources that could not be read. */
	public record Result<S extends ModelSource>(Map<S, List<Problem>> problems, List<ReadFailure<S>> failures) {
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

	/**
	 * Checks all sources together and records each one parsed in {@code index} with the version
	 * of its text ({@code versions}, read before the check), for editors to link against.
	 */
	public <S extends ModelSource> Result<S> check(Collection<S> sources, ModelIndex index, ToLongFunction<S> versions,
			CancelIndicator cancel) {
		Map<S, Long> versionsRead = new HashMap<>();
		sources.forEach(source -> versionsRead.put(source, versions.applyAsLong(source)));
		LoadedModels<S> loaded = loader.load(sources, cancel);
		Result<S> result = new Result<>(validation.validate(loaded, cancel), loaded.failures());
		loaded.resources().forEach((source, resource) -> index.put(resource, versionsRead.get(source)));
		sources.stream().filter(source -> !loaded.resources().containsKey(source)).forEach(source -> index.remove(source.uri()));
		return result;
	}
}
