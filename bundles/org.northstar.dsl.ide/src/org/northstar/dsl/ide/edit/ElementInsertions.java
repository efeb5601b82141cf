package org.northstar.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.northstar.dsl.formatting2.LineEndings;
import org.northstar.dsl.formatting2.NorthStarFormatter;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;
import org.northstar.model.NorthStarModel;
import org.northstar.model.NorthStarPackage;

import com.google.inject.Inject;

/**
 * Writes an element that a change only added (a tree editor's add or paste) as one inserted text: the
 * element alone, serialized in the formatter's layout, on lines of its own where
 * {@link TreeEdits} put it (after the member before it, at the end of its input's block, a product at
 * the end of the file), indented like its siblings, with the file's line ending. Every other byte
 * stays. The change serializer rewrote the whole container instead, and in the Streamline example
 * wrote the comment above the product's data clause a second time (issue 14).
 */
class ElementInsertions {

	/** The lists a tree edit adds to: the sub-inputs of an input, the members of a product, the teams and products of a file. */
	private static final Set<EReference> TREE_LISTS = Set.of(NorthStarPackage.Literals.INPUT__INPUTS, NorthStarPackage.Literals.PRODUCT__MEMBERS,
			NorthStarPackage.Literals.NORTH_STAR_MODEL__ELEMENTS);

	@Inject
	private ISerializer serializer;

	/**
	 * The edit of {@code text} (parsed into the model that {@code change} was recorded on, and still
	 * changed) that writes the element the change added; null when the change did more than add one
	 * element, or the file has no line to write it after (its first element, without a package line).
	 */
	TextEdit insert(String text, ChangeDescription change) {
		EObject element = addedAlone(change);
		if (element == null) {
			return null;
		}
		String lineEnd = LineEndings.of(text);
		String lines = serializer.serialize(element, SaveOptions.newBuilder().format().getOptions()).strip();
		EReference feature = element.eContainmentFeature();
		if (feature == NorthStarPackage.Literals.INPUT__INPUTS) {
			return LinePlacement.intoBlock(text, element.eContainer(), lines, lineEnd);
		}
		if (feature == NorthStarPackage.Literals.PRODUCT__MEMBERS) {
			return LinePlacement.afterPreviousMember(text, element, lines, lineEnd);
		}
		return topLevel(text, (NorthStarModel) element.eContainer(), element, lines, lineEnd);
	}

	/**
	 * A team or product after the item before it (the package line for the first), separated as the
	 * formatter separates them; the last at the end of the file, after the comments that end it.
	 */
	private static TextEdit topLevel(String text, NorthStarModel model, EObject element, String lines, String lineEnd) {
		List<EObject> items = model.eContents(); // the imports, then the teams and products
		int index = items.indexOf(element);
		EObject previous = index > 0 ? items.get(index - 1) : null;
		String written = (NorthStarFormatter.blankLineBefore(element, previous) ? lineEnd : "") + LinePlacement.indented(lines, "", lineEnd);
		if (index == items.size() - 1) {
			return model.getName() == null && previous == null ? null : LinePlacement.atEnd(text, written, lineEnd);
		}
		if (previous != null) {
			return LinePlacement.afterLineOf(text, NodeModelUtils.findActualNodeFor(previous).getEndOffset(), written, lineEnd);
		}
		if (model.getName() == null) {
			return null;
		}
		int packageEnd = NodeModelUtils.findNodesForFeature(model, NorthStarPackage.Literals.NORTH_STAR_MODEL__NAME).get(0).getEndOffset();
		return LinePlacement.afterLineOf(text, packageEnd, written, lineEnd);
	}

	/**
	 * The element {@code change} added, with everything in it, or null when the change did anything
	 * else. Renaming the copies of a paste, which happens once they are in the model, is part of adding them.
	 */
	static EObject addedAlone(ChangeDescription change) {
		Set<EObject> attached = Set.copyOf(change.getObjectsToDetach());
		List<EObject> added = attached.stream().filter(object -> !insideAny(object.eContainer(), attached)).toList();
		if (added.size() != 1 || !change.getObjectsToAttach().isEmpty() || !change.getResourceChanges().isEmpty()) {
			return null;
		}
		EObject element = added.get(0);
		if (!TREE_LISTS.contains(element.eContainmentFeature())) {
			return null; // a clause (a target, a score) is the change serializer's to write
		}
		for (Map.Entry<EObject, EList<FeatureChange>> changed : change.getObjectChanges()) {
			EObject object = changed.getKey();
			if (!insideAny(object, Set.of(element)) && !(object == element.eContainer() && onlyAdds(changed.getValue(), element))) {
				return null;
			}
		}
		return element;
	}

	/** Whether the one change of the container is {@code element} added to the list that holds it. */
	private static boolean onlyAdds(List<FeatureChange> changes, EObject element) {
		if (changes.size() != 1 || changes.get(0).getFeature() != element.eContainmentFeature()) {
			return false;
		}
		List<Object> without = new ArrayList<>((List<?>) element.eContainer().eGet(element.eContainmentFeature()));
		without.remove(element);
		return without.equals(changes.get(0).getValue());
	}

	private static boolean insideAny(EObject object, Set<EObject> roots) {
		for (EObject at = object; at != null; at = at.eContainer()) {
			if (roots.contains(at)) {
				return true;
			}
		}
		return false;
	}
}
