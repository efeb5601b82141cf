package org.northstar.core.rules;

import java.util.List;
import java.util.Optional;

import org.northstar.core.rules.checks.ComplexNorthStar;
import org.northstar.core.rules.checks.CorrelatedInput;
import org.northstar.core.rules.checks.CredentialsInModel;
import org.northstar.core.rules.checks.Cycle;
import org.northstar.core.rules.checks.DimensionGap;
import org.northstar.core.rules.checks.DivisionByZero;
import org.northstar.core.rules.checks.FormulaDirection;
import org.northstar.core.rules.checks.GameMismatch;
import org.northstar.core.rules.checks.GuardrailBreached;
import org.northstar.core.rules.checks.IdleTeam;
import org.northstar.core.rules.checks.IncompleteGuardrail;
import org.northstar.core.rules.checks.IncompleteNorthStar;
import org.northstar.core.rules.checks.InputCount;
import org.northstar.core.rules.checks.InputOutsideFormula;
import org.northstar.core.rules.checks.KpiDivergence;
import org.northstar.core.rules.checks.LaggingNorthStar;
import org.northstar.core.rules.checks.LowScore;
import org.northstar.core.rules.checks.MissingGuardrail;
import org.northstar.core.rules.checks.MissingKpi;
import org.northstar.core.rules.checks.MissingNorthStar;
import org.northstar.core.rules.checks.MissingValueStatement;
import org.northstar.core.rules.checks.MultipleNorthStars;
import org.northstar.core.rules.checks.NorthStarChurn;
import org.northstar.core.rules.checks.OutputMetric;
import org.northstar.core.rules.checks.OverlappingInputs;
import org.northstar.core.rules.checks.SharedOwnership;
import org.northstar.core.rules.checks.SyntaxError;
import org.northstar.core.rules.checks.UnexplainedNorthStar;
import org.northstar.core.rules.checks.UnitMismatch;
import org.northstar.core.rules.checks.UnlinkedKpi;
import org.northstar.core.rules.checks.UnownedInput;
import org.northstar.core.rules.checks.UnrelatedInput;
import org.northstar.core.rules.checks.UnresolvedReference;
import org.northstar.core.rules.checks.UntargetedWorkstream;
import org.northstar.core.rules.checks.VanityNorthStar;
import org.northstar.core.rules.checks.WeakDriver;

/**
 * Every rule, in the order of the domain's table of anti-patterns. Clients
 * (help pages, the CLI's rule list, reports) show them in this order, so it
 * only grows at the end of a group, never reshuffles.
 */
public final class RuleCatalog {

	private static final List<Rule> ALL = List.of(
			new MultipleNorthStars(),
			new MissingNorthStar(),
			new MissingValueStatement(),
			new VanityNorthStar(),
			new LaggingNorthStar(),
			new OutputMetric(),
			new IncompleteNorthStar(),
			new ComplexNorthStar(),
			new InputCount(),
			new UnownedInput(),
			new SharedOwnership(),
			new UnrelatedInput(),
			new CorrelatedInput(),
			new MissingGuardrail(),
			new IncompleteGuardrail(),
			new MissingKpi(),
			new UnlinkedKpi(),
			new IdleTeam(),
			new UntargetedWorkstream(),
			new NorthStarChurn(),
			new OverlappingInputs(),
			new DimensionGap(),
			new GameMismatch(),
			new LowScore(),
			new Cycle(),
			new DivisionByZero(),
			new FormulaDirection(),
			new InputOutsideFormula(),
			new UnitMismatch(),
			new GuardrailBreached(),
			new KpiDivergence(),
			new WeakDriver(),
			new UnexplainedNorthStar(),
			new CredentialsInModel(),
			new SyntaxError(),
			new UnresolvedReference());

	private static final List<ModelRule<?>> MODEL_RULES = ALL.stream()
			.filter(ModelRule.class::isInstance).<ModelRule<?>>map(ModelRule.class::cast).toList();

	private RuleCatalog() {
	}

	public static List<Rule> all() {
		return ALL;
	}

	/** The rules that judge the model; the others are enforced by the parser and linker. */
	public static List<ModelRule<?>> modelRules() {
		return MODEL_RULES;
	}

	/** The rules that judge the model against its data; quiet unless a host attached the data. */
	public static List<Rule> dataRules() {
		return ALL.stream().filter(DataRule.class::isInstance).toList();
	}

	public static Optional<Rule> byId(String id) {
		return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
	}
}
