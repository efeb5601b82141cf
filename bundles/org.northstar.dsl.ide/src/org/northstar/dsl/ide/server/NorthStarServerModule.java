package org.northstar.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * Xtext's server module with the .northstar language registered directly instead of through
 * Java's ServiceLoader, which cannot see across OSGi bundles (and would find nothing in the studio).
 */
public class NorthStarServerModule extends AbstractModule {

	public static final String FILE_EXTENSION = "northstar";

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				// the registry is provided below
			}

			@Provides
			@Singleton
			IResourceServiceProvider.Registry languages() {
				IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
				registry.getExtensionToFactoryMap().put(FILE_EXTENSION,
						NorthStarIdeLanguage.injector().getInstance(IResourceServiceProvider.class));
				return registry;
			}
		}));
	}
}
