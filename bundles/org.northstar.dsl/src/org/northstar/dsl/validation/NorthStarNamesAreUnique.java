package org.northstar.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.northstar.model.NorthStarPackage;

import com.google.common.collect.ImmutableSet;

/**
 * Metrics of one product share one namespace whatever their kind: a guardrail
 * and an input called alike would make a formula term ambiguous.
 */
public class NorthStarNamesAreUnique extends NamesAreUniqueValidationHelper {

	@Override
	protected ImmutableSet<EClass> getClusterTypes() {
		NorthStarPackage p = NorthStarPackage.eINSTANCE;
		return ImmutableSet.of(p.getMetric(), p.getTeam(), p.getProduct(), p.getWorkStream());
	}
}
