package org.northstar.core.check;

import org.eclipse.emf.ecore.EPackage;
import org.northstar.core.rules.NorthStarRules;
import org.northstar.dsl.NorthStarStandaloneSetup;
import org.northstar.model.NorthStarPackage;

import com.google.inject.Injector;

/**
 * The .northstar language of one process: one injector (parser, linker, rules and, when the host
 * starts it with the editor services, the language server's parts) and one index of the models
 * read so far. The host that owns the process makes it once (the command line's main, the
 * workbench's plug-in) and hands it to what needs it: the builder, the language server, the
 * diagram. Starting a session registers the language with EMF's global registries, which is why
 * there is one per process; tests make their own.
 */
public final class LanguageSession {

	private final Injector injector;
	private final ModelIndex index = new ModelIndex();

	private LanguageSession(Injector injector) {
		this.injector = injector;
	}

	/**
	 * Starts the session: {@code new NorthStarStandaloneSetup()} for parsing and checking alone,
	 * {@code new NorthStarIdeSetup()} for the editor services too.
	 */
	public static LanguageSession start(NorthStarStandaloneSetup setup) {
		// The language's setup registers only what Xtext generated; the metamodel the grammar imports
		// comes from plugin.xml inside OSGi and from nowhere in a plain Java main, unless registered here.
		EPackage.Registry.INSTANCE.put(NorthStarPackage.eNS_URI, NorthStarPackage.eINSTANCE);
		Injector injector = setup.createInjectorAndDoEMFRegistration();
		NorthStarRules.addTo(injector);
		return new LanguageSession(injector);
	}

	public Injector injector() {
		return injector;
	}

	/** A service of the language, e.g. {@code get(ModelLoader.class)}. */
	public <T> T get(Class<T> type) {
		return injector.getInstance(type);
	}

	/** The whole check (load, validate) on this session's language. */
	public ModelCheck check() {
		return get(ModelCheck.class);
	}

	/** What is known of the models read so far (their names and references), for linking one file against the others. */
	public ModelIndex index() {
		return index;
	}
}
