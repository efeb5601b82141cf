package org.northstar.dsl.ide.server;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.northstar.core.check.LanguageSession;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * Xtext's server module with the .northstar language registered directly instead of through
 * Java's ServiceLoader, which cannot see across OSGi bundles (and would find nothing in the studio),
 * and with our server, which marks its diagnostics as ours. A server in its own process ends the
 * process on the client's {@code exit}; one inside the studio must not, so there {@code exit} only
 * lets the client go.
 */
public class NorthStarServerModule extends AbstractModule {

	public static final String FILE_EXTENSION = "northstar";

	private final LanguageSession session;
	private final boolean ownProcess;

	/**
	 * @param session the process's language session, whose language the server serves
	 * @param ownProcess whether the server is alone in its process (northstar lsp) and ends it on exit
	 */
	public NorthStarServerModule(LanguageSession session, boolean ownProcess) {
		this.session = session;
		this.ownProcess = ownProcess;
	}

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(LanguageServerImpl.class).to(NorthStarLanguageServer.class);
				bind(WorkspaceManager.class).to(ClientVersions.class);
				bind(ILanguageServerShutdownAndExitHandler.class).to(ownProcess
						? ILanguageServerShutdownAndExitHandler.DefaultImpl.class
						: ILanguageServerShutdownAndExitHandler.NullImpl.class);
			}

			@Provides
			@Singleton
			IResourceServiceProvider.Registry languages() {
				IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
				registry.getExtensionToFactoryMap().put(FILE_EXTENSION,
						session.get(IResourceServiceProvider.class));
				return registry;
			}
		}));
	}
}
