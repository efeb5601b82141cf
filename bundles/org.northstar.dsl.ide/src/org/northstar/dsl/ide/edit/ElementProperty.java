package org.northstar.dsl.ide.edit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.northstar.model.Criterion;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarFactory;
import org.northstar.model.NorthStarModel;
import org.northstar.model.NorthStarPackage.Literals;
import org.northstar.model.Product;
import org.northstar.model.Score;
import org.northstar.model.Target;
import org.northstar.model.Team;
import org.northstar.model.WorkStream;

/**
 * Every attribute a tree editor's Properties view edits, read and written as the text a person
 * types: an enumeration by its literal, several teams as {@code Growth, Billing}, targets as
 * {@code 9000 by 2027-06-30; 12000 by 2027-12-31}, scores as {@code value 5, vision 4}. Setting
 * changes the loaded model (inside {@link ModelEdits#edit}); text that does not fit is refused
 * with a message that says what to type, and nothing changes.
 */
public enum ElementProperty {
	NAME("Name", Literals.NAMED_ELEMENT__NAME),
	DESCRIPTION("Description", Literals.NAMED_ELEMENT__DESCRIPTION),
	VALUE_STATEMENT("Value statement", Literals.PRODUCT__VALUE_STATEMENT),
	PMF("Product/market fit", Literals.PRODUCT__PMF_NOTE),
	GAME("Game", Literals.PRODUCT__GAME),
	SECONDARY_GAME("Secondary game", Literals.PRODUCT__SECONDARY_GAME),
	REVIEW("Review", Literals.PRODUCT__REVIEW),
	DIMENSION("Dimension", Literals.INPUT__DIMENSION),
	OWNERS("Owners", Literals.INPUT__OWNERS),
	RELATION("Relation", Literals.INPUT__RELATION),
	UNIT("Unit", Literals.METRIC__UNIT),
	WINDOW("Window", Literals.METRIC__WINDOW),
	DIRECTION("Direction", Literals.METRIC__DIRECTION),
	THRESHOLD("Threshold", Literals.GUARDRAIL__THRESHOLD),
	FOLLOWS("Follows", Literals.KPI__FOLLOWS),
	TEAM("Team", Literals.WORK_STREAM__TEAM),
	TARGET("Targets input", Literals.WORK_STREAM__TARGET),
	TARGETS("Targets", Literals.METRIC__TARGETS),
	SCORES("Scores", Literals.NORTH_STAR__SCORES),
	LEAD("Lead", Literals.TEAM__LEAD),
	MEMBERS("Members", Literals.TEAM__MEMBERS);

	private static final Pattern ID = Pattern.compile("\\^?[a-zA-Z_][a-zA-Z_0-9]*");
	private static final Pattern TARGET_TEXT = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s+by\\s+(\\S+)\\s*");
	private static final Pattern SCORE_TEXT = Pattern.compile("\\s*([a-zA-Z]+)\\s+(\\d+)\\s*");

	private final String label;
	private final EStructuralFeature feature;

	ElementProperty(String label, EStructuralFeature feature) {
		this.label = label;
		this.feature = feature;
	}

	public String label() {
		return label;
	}

	EStructuralFeature feature() {
		return feature;
	}

	/** Whether the value is a list of names that one clause holds ({@code owner A, B}). */
	boolean isNameList() {
		return this == OWNERS;
	}

	/** The properties of an element, in the order a Properties view lists them. */
	public static List<ElementProperty> of(EObject element) {
		return Arrays.stream(values()).filter(p -> p.feature.getEContainingClass().isInstance(element)).toList();
	}

	/** The literals a person may pick, with "" first for "not set"; empty for free text. */
	public List<String> choices() {
		if (feature.getEType() instanceof EEnum type) {
			List<String> choices = new ArrayList<>();
			choices.add("");
			type.getELiterals().forEach(literal -> choices.add(literal.getLiteral()));
			return choices;
		}
		return List.of();
	}

	/** The value as text ("" when not set). */
	public String get(EObject element) {
		Object value = element.eGet(feature);
		if (feature.isUnsettable() && !element.eIsSet(feature) || value == null) {
			return "";
		}
		return switch (this) {
			case OWNERS -> ((List<?>) value).stream().map(ElementProperty::nameOf).collect(Collectors.joining(", "));
			case MEMBERS -> String.join(", ", ((Team) element).getMembers());
			case FOLLOWS, TEAM, TARGET -> nameOf(value);
			case TARGETS -> ((Metric) element).getTargets().stream().map(t -> plain(t.getValue()) + " by " + t.getDate())
					.collect(Collectors.joining("; "));
			case SCORES -> ((NorthStar) element).getScores().stream().map(s -> s.getCriterion().getLiteral() + " " + s.getValue())
					.collect(Collectors.joining(", "));
			case THRESHOLD -> plain((BigDecimal) value);
			default -> value instanceof EEnumLiteral literal ? literal.getLiteral() : String.valueOf(value);
		};
	}

	/**
	 * Sets the value from text; "" unsets it.
	 *
	 * @throws IllegalArgumentException with a message for the person who typed it, when the text does not fit
	 */
	public void set(EObject element, String text) {
		String value = text == null ? "" : text.strip();
		if (value.indexOf('\uFFFD') >= 0) {
			// the loader reads U+FFFD as bytes that were not UTF-8 and would no longer load the file (found by SerializerFuzz)
			throw new IllegalArgumentException("The text contains the replacement character \uFFFD (bytes that were not text): type it again without it.");
		}
		switch (this) {
			case NAME -> setName((NamedElement) element, value);
			case OWNERS -> {
				List<Team> teams = references(element, value, Team.class, "team");
				((Input) element).getOwners().clear();
				((Input) element).getOwners().addAll(teams);
			}
			case MEMBERS -> {
				((Team) element).getMembers().clear();
				((Team) element).getMembers().addAll(split(value, ","));
			}
			case FOLLOWS -> ((Kpi) element).setFollows(single(element, value, NorthStar.class, "North Star"));
			case TEAM -> ((WorkStream) element).setTeam(single(element, value, Team.class, "team"));
			case TARGET -> ((WorkStream) element).setTarget(single(element, value, Input.class, "input"));
			case TARGETS -> setTargets((Metric) element, value);
			case SCORES -> setScores((NorthStar) element, value);
			case THRESHOLD -> ((Guardrail) element).setThreshold(value.isEmpty() ? null : decimal(value));
			default -> setPlain(element, value);
		}
	}

	private void setPlain(EObject element, String value) {
		if (value.isEmpty()) {
			if (feature.isUnsettable()) {
				element.eUnset(feature);
			} else {
				element.eSet(feature, null);
			}
			return;
		}
		if (feature.getEType() instanceof EEnum type) {
			EEnumLiteral literal = type.getEEnumLiteralByLiteral(value);
			if (literal == null) {
				throw new IllegalArgumentException("'" + value + "' is not a " + label.toLowerCase() + "; use one of: "
						+ String.join(", ", choices().subList(1, choices().size())) + ".");
			}
			element.eSet(feature, literal.getInstance());
		} else if (feature instanceof EAttribute) {
			element.eSet(feature, value);
		}
	}

	private static void setName(NamedElement element, String typed) {
		if (!ID.matcher(typed).matches()) {
			throw new IllegalArgumentException("'" + typed + "' is not a name: use letters, digits and _, starting with a letter (e.g. PaidOnTime).");
		}
		// '^' only escapes a keyword in the text (^input): the name is what follows, written escaped again where needed
		String value = typed.startsWith("^") ? typed.substring(1) : typed;
		Set<String> taken = siblingsNames(element);
		if (!value.equals(element.getName()) && taken.contains(value)) {
			throw new IllegalArgumentException("'" + value + "' is already taken here; pick another name.");
		}
		element.setName(value);
	}

	/** Names that would clash with the element's: top-level names share the file, metrics and work streams their product. */
	private static Set<String> siblingsNames(NamedElement element) {
		if (element.eContainer() instanceof NorthStarModel model) {
			Set<String> names = new HashSet<>();
			model.getElements().forEach(e -> names.add(((NamedElement) e).getName()));
			return names;
		}
		return TreeEdits.namesIn(TreeEdits.productOf(element));
	}

	private static void setTargets(Metric metric, String value) {
		List<Target> targets = new ArrayList<>();
		for (String part : split(value, ";")) {
			Matcher m = TARGET_TEXT.matcher(part);
			if (!m.matches()) {
				throw new IllegalArgumentException("'" + part + "' is not a target; write VALUE by YYYY-MM-DD, several separated by ';'.");
			}
			Target target = NorthStarFactory.eINSTANCE.createTarget();
			target.setValue(decimal(m.group(1)));
			try {
				target.setDate(LocalDate.parse(m.group(2)));
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("'" + m.group(2) + "' is not a date; write YYYY-MM-DD, e.g. 2027-06-30.");
			}
			targets.add(target);
		}
		metric.getTargets().clear();
		metric.getTargets().addAll(targets);
	}

	/** Rationales of criteria that keep a score stay: the text shows only criterion and value. */
	private static void setScores(NorthStar northStar, String value) {
		List<Score> scores = new ArrayList<>();
		for (String part : split(value, ",")) {
			Matcher m = SCORE_TEXT.matcher(part);
			Criterion criterion = m.matches() ? Criterion.get(m.group(1)) : null;
			if (criterion == null) {
				throw new IllegalArgumentException("'" + part + "' is not a score; write CRITERION 1-5 (criteria: "
						+ Criterion.VALUES.stream().map(Criterion::getLiteral).collect(Collectors.joining(", ")) + "), separated by ','.");
			}
			Score score = northStar.getScores().stream().filter(s -> s.getCriterion() == criterion).findFirst()
					.orElseGet(NorthStarFactory.eINSTANCE::createScore);
			score.setCriterion(criterion);
			score.setValue(Integer.parseInt(m.group(2)));
			scores.add(score);
		}
		northStar.getScores().clear();
		northStar.getScores().addAll(scores);
	}

	private static BigDecimal decimal(String value) {
		try {
			return new BigDecimal(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + value + "' is not a number; write e.g. 2.5.");
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static List<String> split(String value, String separator) {
		return Arrays.stream(value.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static <T extends NamedElement> T single(EObject element, String value, Class<T> type, String what) {
		if (value.isEmpty()) {
			return null;
		}
		List<T> found = references(element, value, type, what);
		if (found.size() != 1) {
			throw new IllegalArgumentException("Name one " + what + ".");
		}
		return found.get(0);
	}

	/** Elements of the loaded files named by a comma-separated list of simple names. */
	private static <T extends NamedElement> List<T> references(EObject element, String value, Class<T> type, String what) {
		List<T> candidates = new ArrayList<>();
		Function<EObject, Boolean> inScope = type == Team.class ? e -> true
				: e -> TreeEdits.productOf(e) == TreeEdits.productOf(element);
		element.eResource().getResourceSet().getResources().forEach(resource -> resource.getAllContents().forEachRemaining(e -> {
			if (type.isInstance(e) && inScope.apply(e)) {
				candidates.add(type.cast(e));
			}
		}));
		List<T> found = new ArrayList<>();
		for (String name : split(value, ",")) {
			T match = candidates.stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow(
					() -> new IllegalArgumentException("There is no " + what + " '" + name + "'" + known(candidates) + "."));
			found.add(match);
		}
		return found;
	}

	private static String known(List<? extends NamedElement> candidates) {
		return candidates.isEmpty() ? "" : "; known: " + candidates.stream().map(NamedElement::getName).distinct()
				.collect(Collectors.joining(", "));
	}

	private static String nameOf(Object element) {
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : "?";
	}
}
