package org.northstar.dsl.ide.contentassist;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.northstar.dsl.ide.names.ShortestNames;

/** Names to reference as the scope gives them, each element once under its shortest name. */
public class ShortestNameProposals extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		return ShortestNames.of(super.queryScope(scope, crossReference, context));
	}
}
