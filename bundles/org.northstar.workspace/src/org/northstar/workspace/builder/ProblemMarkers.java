package org.northstar.workspace.builder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.Severity;

/**
 * The markers of type {@value #TYPE} (declared in plugin.xml as a persistent
 * problem and text marker): what a problem of the core's check looks like in
 * the Problems view and on the editor's ruler.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.northstar.ui.problem";

	/** Marker attribute: the rule id (the issue code everywhere; {@code syntax} for parser errors). */
	public static final String RULE_ID = "ruleId";

	/** Marker attribute: the qualified name of the model element, when there is one. */
	public static final String ELEMENT = "element";

	/** Rule id of the marker on the project when the check itself failed (the details are in the error log). */
	public static final String CHECK_FAILED = "check-failed";

	private static final String SOURCE = "North Star";

	private ProblemMarkers() {
	}

	/** The attributes of the marker for one problem of the core's check. */
	static Map<String, Object> of(Problem problem) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, severity(problem.severity()));
		attributes.put(IMarker.MESSAGE, withRuleId(problem.message(), problem.ruleId()));
		attributes.put(IMarker.LINE_NUMBER, problem.line());
		attributes.put(IMarker.CHAR_START, problem.offset());
		attributes.put(IMarker.CHAR_END, problem.offset() + problem.length());
		attributes.put(IMarker.LOCATION, problem.element() == null ? "line " + problem.line()
				: "line " + problem.line() + ", " + problem.element());
		attributes.put(IMarker.SOURCE_ID, SOURCE);
		attributes.put(RULE_ID, problem.ruleId());
		if (problem.element() != null) {
			attributes.put(ELEMENT, problem.element());
		}
		return attributes;
	}

	/**
	 * The Problems view has no column of its own for the rule, so the id leads the description, as the
	 * command line prints it (and stays visible when the column is narrow): users look a rule up,
	 * silence it and search for it by that id.
	 */
	public static String withRuleId(String message, String ruleId) {
		return "[" + ruleId + "] " + message;
	}

	/** An error about a whole resource rather than a place in its text (unreadable file, failed check). */
	static Map<String, Object> wholeResource(String ruleId, String message) {
		return Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE, withRuleId(message, ruleId), IMarker.SOURCE_ID, SOURCE,
				RULE_ID, ruleId);
	}

	/**
	 * Makes the markers of each resource exactly the given ones. A resource
	 * whose markers are already those is left untouched, so that a change in
	 * one file of a large project does not make every marker flicker.
	 */
	static void replace(Map<? extends IResource, List<Map<String, Object>>> wanted) throws CoreException {
		for (Map.Entry<? extends IResource, List<Map<String, Object>>> entry : wanted.entrySet()) {
			IResource resource = entry.getKey();
			if (!resource.isAccessible()) {
				continue;
			}
			IMarker[] existing = resource.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
			if (sameMarkers(existing, entry.getValue())) {
				continue;
			}
			resource.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Map<String, Object> attributes : entry.getValue()) {
				resource.createMarker(TYPE, attributes);
			}
		}
	}

	/** Deletes the markers of every resource of the project that is not among {@code kept}, e.g. a model renamed to .txt. */
	static void deleteAllBut(IProject project, Set<? extends IResource> kept) throws CoreException {
		for (IMarker marker : project.findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
			if (!kept.contains(marker.getResource())) {
				marker.delete();
			}
		}
	}

	/** Removes every North Star problem of the project (clean build, nature removed). */
	public static void deleteAll(IProject project) throws CoreException {
		if (project.isAccessible()) {
			project.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
		}
	}

	private static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}

	/** Equal as multisets of attribute maps: order does not matter, duplicates do. */
	private static boolean sameMarkers(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		List<Map<String, Object>> present = new ArrayList<>();
		for (IMarker marker : existing) {
			Map<String, Object> attributes = marker.getAttributes();
			present.add(attributes == null ? Map.of() : attributes);
		}
		return counts(present).equals(counts(wanted));
	}

	private static Map<Map<String, Object>, Long> counts(List<Map<String, Object>> markers) {
		return markers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}
}
