package org.northstar.dsl.ide;

import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.northstar.dsl.ide.edit.LayoutKeepingDiffFormatter;

/** Bindings of the editor services (language server, change serializer); only what differs from Xtext's. */
public class NorthStarIdeModule extends AbstractNorthStarIdeModule {

	public Class<? extends RegionDiffFormatter> bindRegionDiffFormatter() {
		return LayoutKeepingDiffFormatter.class;
	}
}
