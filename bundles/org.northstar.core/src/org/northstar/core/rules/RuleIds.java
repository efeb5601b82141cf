package org.northstar.core.rules;

import org.northstar.dsl.diagnostics.DiagnosticCodes;

/**
 * The id of every rule: what findings, problem markers, ignore comments, rule profiles, quick
 * fixes, help pages and the command line's output are keyed by. Users write these ids in their
 * files ({@code // northstar-ignore vanity-north-star}) and profiles, so an id never changes once
 * released. The parser's and the linker's codes come from the language, which knows no rules.
 */
public final class RuleIds {

	/** The parser's errors, and files that cannot be parsed at all. */
	public static final String SYNTAX = DiagnosticCodes.SYNTAX;

	/** A name that links to nothing. */
	public static final String UNRESOLVED_REFERENCE = DiagnosticCodes.UNRESOLVED_REFERENCE;

	/** North Star itself failed on one file (a bug of ours, not the model's). */
	public static final String INTERNAL_ERROR = DiagnosticCodes.INTERNAL_ERROR;

	/** @see org.northstar.core.rules.checks.ComplexNorthStar */
	public static final String COMPLEX_NORTH_STAR = "complex-north-star";

	/** @see org.northstar.core.rules.checks.CorrelatedInput */
	public static final String CORRELATED_INPUT = "correlated-input";

	/** @see org.northstar.core.rules.checks.CredentialsInModel */
	public static final String CREDENTIALS_IN_MODEL = "credentials-in-model";

	/** @see org.northstar.core.rules.checks.Cycle */
	public static final String CYCLE = "cycle";

	/** @see org.northstar.core.rules.checks.DimensionGap */
	public static final String DIMENSION_GAP = "dimension-gap";

	/** @see org.northstar.core.rules.checks.DivisionByZero */
	public static final String DIVISION_BY_ZERO = "division-by-zero";

	/** @see org.northstar.core.rules.checks.FormulaDirection */
	public static final String FORMULA_DIRECTION = "formula-direction";

	/** @see org.northstar.core.rules.checks.GameMismatch */
	public static final String GAME_MISMATCH = "game-mismatch";

	/** @see org.northstar.core.rules.checks.GuardrailBreached */
	public static final String GUARDRAIL_BREACHED = "guardrail-breached";

	/** @see org.northstar.core.rules.checks.IdleTeam */
	public static final String IDLE_TEAM = "idle-team";

	/** @see org.northstar.core.rules.checks.IncompleteGuardrail */
	public static final String INCOMPLETE_GUARDRAIL = "incomplete-guardrail";

	/** @see org.northstar.core.rules.checks.IncompleteNorthStar */
	public static final String INCOMPLETE_NORTH_STAR = "incomplete-north-star";

	/** @see org.northstar.core.rules.checks.InputCount */
	public static final String INPUT_COUNT = "input-count";

	/** @see org.northstar.core.rules.checks.InputOutsideFormula */
	public static final String INPUT_OUTSIDE_FORMULA = "input-outside-formula";

	/** @see org.northstar.core.rules.checks.KpiDivergence */
	public static final String KPI_DIVERGENCE = "kpi-divergence";

	/** @see org.northstar.core.rules.checks.LaggingNorthStar */
	public static final String LAGGING_NORTH_STAR = "lagging-north-star";

	/** @see org.northstar.core.rules.checks.LowScore */
	public static final String LOW_SCORE = "low-score";

	/** @see org.northstar.core.rules.checks.MissingGuardrail */
	public static final String MISSING_GUARDRAIL = "missing-guardrail";

	/** @see org.northstar.core.rules.checks.MissingKpi */
	public static final String MISSING_KPI = "missing-kpi";

	/** @see org.northstar.core.rules.checks.MissingNorthStar */
	public static final String MISSING_NORTH_STAR = "missing-north-star";

	/** @see org.northstar.core.rules.checks.MissingValueStatement */
	public static final String MISSING_VALUE_STATEMENT = "missing-value-statement";

	/** @see org.northstar.core.rules.checks.MultipleNorthStars */
	public static final String MULTIPLE_NORTH_STARS = "multiple-north-stars";

	/** @see org.northstar.core.rules.checks.NorthStarChurn */
	public static final String NORTH_STAR_CHURN = "north-star-churn";

	/** @see org.northstar.core.rules.checks.OutputMetric */
	public static final String OUTPUT_METRIC = "output-metric";

	/** @see org.northstar.core.rules.checks.OverlappingInputs */
	public static final String OVERLAPPING_INPUTS = "overlapping-inputs";

	/** @see org.northstar.core.rules.checks.SharedOwnership */
	public static final String SHARED_OWNERSHIP = "shared-ownership";

	/** @see org.northstar.core.rules.checks.UnexplainedNorthStar */
	public static final String UNEXPLAINED_NORTH_STAR = "unexplained-north-star";

	/** @see org.northstar.core.rules.checks.UnitMismatch */
	public static final String UNIT_MISMATCH = "unit-mismatch";

	/** @see org.northstar.core.rules.checks.UnlinkedKpi */
	public static final String UNLINKED_KPI = "unlinked-kpi";

	/** @see org.northstar.core.rules.checks.UnownedInput */
	public static final String UNOWNED_INPUT = "unowned-input";

	/** @see org.northstar.core.rules.checks.UnrelatedInput */
	public static final String UNRELATED_INPUT = "unrelated-input";

	/** @see org.northstar.core.rules.checks.UntargetedWorkstream */
	public static final String UNTARGETED_WORKSTREAM = "untargeted-workstream";

	/** @see org.northstar.core.rules.checks.VanityNorthStar */
	public static final String VANITY_NORTH_STAR = "vanity-north-star";

	/** @see org.northstar.core.rules.checks.WeakDriver */
	public static final String WEAK_DRIVER = "weak-driver";

	private RuleIds() {
	}
}
