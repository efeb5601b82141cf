package org.northstar.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Score;

/**
 * Checks of the language itself: what the grammar accepts but a model must not
 * say. The framework's anti-patterns are not here; they are the rule catalog's.
 */
@ComposedChecks(validators = NamesAreUniqueValidator.class)
public class NorthStarValidator extends AbstractNorthStarValidator {

	/** Issue code of a clause written twice in one body. */
	public static final String DUPLICATE_CLAUSE = "duplicate-clause";

	/** Issue code of a score outside 1-5. */
	public static final String SCORE_RANGE = "score-range";

	/** Issue code of a criterion scored twice. */
	public static final String DUPLICATE_SCORE = "duplicate-score";

	/**
	 * Single-valued clauses may come in any order but only once: the grammar
	 * accepts a second one so that the message can say exactly what is wrong,
	 * instead of the parser failing on it or the second silently winning.
	 */
	@Check(CheckType.FAST)
	public void checkClausesOnce(EObject element) {
		INode elementNode = NodeModelUtils.getNode(element);
		if (elementNode == null) {
			return;
		}
		List<RepeatedClauses.Repeat> repeats = RepeatedClauses.of(element, elementNode);
		if (repeats.isEmpty()) {
			return;
		}
		// in the class's feature order, so that the issues' order does not depend on the clauses' order
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			for (RepeatedClauses.Repeat repeat : repeats) {
				if (repeat.feature() == feature) {
					getMessageAcceptor().acceptError(
							"'" + clauseName(feature) + "' is given more than once here; keep one.",
							element, repeat.node().getOffset(), repeat.node().getLength(), DUPLICATE_CLAUSE);
				}
			}
		}
	}

	@Check(CheckType.FAST)
	public void checkScoreRange(Score score) {
		if (score.getValue() < 1 || score.getValue() > 5) {
			error("A score is a whole number from 1 to 5; " + score.getValue() + " is outside that.", score,
					NorthStarPackage.Literals.SCORE__VALUE, SCORE_RANGE);
		}
	}

	@Check(CheckType.FAST)
	public void checkEachCriterionScoredOnce(NorthStar northStar) {
		Map<Object, Score> seen = new HashMap<>();
		for (Score score : northStar.getScores()) {
			if (seen.putIfAbsent(score.getCriterion(), score) != null) {
				error("'" + score.getCriterion().getLiteral() + "' is scored more than once; keep one score per criterion.",
						score, NorthStarPackage.Literals.SCORE__CRITERION, DUPLICATE_SCORE);
			}
		}
	}

	private static String clauseName(EStructuralFeature feature) {
		return switch (feature.getName()) {
			case "valueStatement" -> "value";
			case "pmfNote" -> "pmf";
			case "dataSource" -> "data";
			case "secondaryGame" -> "secondary";
			case "target" -> "targets";
			default -> feature.getName();
		};
	}
}
