package org.northstar.dsl.ide.edit;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.model.NorthStarModel;

/**
 * One file's text, parsed and linked together with the other files of its project, and what the
 * rules found in it. Elements are known by their qualified names ({@link #key}), which outlive
 * the parse: a tree editor keeps its selection and collapsed nodes by key across re-parses.
 */
public record ModelSnapshot(URI uri, String text, XtextResource resource, Map<String, EObject> elements,
		Map<EObject, String> keys, List<Problem> problems) {

	public NorthStarModel model() {
		return resource.getContents().isEmpty() ? null : (NorthStarModel) resource.getContents().get(0);
	}

	/** The element with this key, or null when the text no longer has it. */
	public EObject element(String key) {
		return key == null ? null : elements.get(key);
	}

	/** The element's key, or null for what has no name. */
	public String key(EObject element) {
		return keys.get(element);
	}

	/** Whether the parser failed somewhere: such a tree is shown but never written back. */
	public boolean hasSyntaxErrors() {
		return resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()
				|| problems.stream().anyMatch(p -> p.ruleId().equals(RuleIds.SYNTAX));
	}

	/** The problems reported on the element with this key (not on its children). */
	public List<Problem> problemsOf(String key) {
		return key == null ? List.of() : problems.stream().filter(p -> key.equals(p.element())).toList();
	}
}
