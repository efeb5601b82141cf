package org.northstar.core.rules;

/**
 * A rule the parser or linker enforces: the catalog lists it so that profiles,
 * help pages and reports know it, but no model check runs for it.
 */
public abstract class LanguageRule implements Rule {

	private final String id;

	protected LanguageRule(String id) {
		this.id = id;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String toString() {
		return id;
	}
}
