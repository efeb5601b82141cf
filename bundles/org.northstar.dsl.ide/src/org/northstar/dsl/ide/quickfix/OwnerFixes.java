package org.northstar.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.northstar.dsl.ide.names.ShortestNames;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;

import com.google.inject.Inject;

/** For an input without owner: one fix per team the input can name, "Make Growth the owner". */
class OwnerFixes {

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter names;

	void unownedInput(DiagnosticResolutionAcceptor acceptor, EObject element) {
		Input input = EcoreUtil2.getContainerOfType(element, Input.class);
		if (input == null) {
			return;
		}
		Iterable<IEObjectDescription> teams = scopes.getScope(input, NorthStarPackage.Literals.INPUT__OWNERS).getAllElements();
		for (IEObjectDescription team : ShortestNames.of(teams)) {
			String name = names.toString(team.getName());
			acceptor.accept("Make " + name + " the owner", (diagnostic, context, document) -> List.of(
					TextInsertions.intoBody(input, document, List.of("owner " + name))));
		}
	}
}
