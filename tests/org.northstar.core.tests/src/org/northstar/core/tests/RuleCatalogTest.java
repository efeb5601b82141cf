package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.northstar.core.rules.LanguageRule;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;

/** The catalog is exactly the domain's table of anti-patterns (shared/docs/domain.md). */
class RuleCatalogTest {

	/** Copied from the table: id and default severity, in the table's order. */
	private static final String DOMAIN_TABLE = """
			multiple-north-stars error
			missing-north-star warning
			missing-value-statement warning
			vanity-north-star warning
			lagging-north-star warning
			output-metric warning
			incomplete-north-star warning
			complex-north-star warning
			input-count warning
			unowned-input error
			shared-ownership warning
			unrelated-input warning
			correlated-input info
			missing-guardrail warning
			incomplete-guardrail warning
			missing-kpi warning
			unlinked-kpi warning
			idle-team warning
			untargeted-workstream warning
			north-star-churn warning
			overlapping-inputs warning
			dimension-gap info
			game-mismatch info
			low-score warning
			cycle error
			division-by-zero error
			formula-direction warning
			input-outside-formula warning
			unit-mismatch warning
			guardrail-breached warning
			kpi-divergence info
			weak-driver info
			unexplained-north-star warning
			credentials-in-model error
			syntax error
			unresolved-reference error
			""";

	@Test
	void listsEveryIdOfTheTableWithItsDefaultSeverityInOrder() {
		Map<String, Severity> table = new LinkedHashMap<>();
		DOMAIN_TABLE.lines().map(line -> line.split(" "))
				.forEach(cells -> table.put(cells[0], Severity.ofWord(cells[1]).orElseThrow()));
		Map<String, Severity> catalog = RuleCatalog.all().stream()
				.collect(Collectors.toMap(Rule::id, Rule::defaultSeverity, (a, b) -> a, LinkedHashMap::new));
		assertEquals(List.copyOf(table.entrySet()), List.copyOf(catalog.entrySet()));
	}

	@Test
	void idsAreUnique() {
		assertEquals(RuleCatalog.all().size(), RuleCatalog.all().stream().map(Rule::id).distinct().count());
	}

	@Test
	void everyRuleExplainsItself() {
		for (Rule rule : RuleCatalog.all()) {
			assertFalse(rule.title().isBlank(), rule.id());
			assertFalse(rule.title().contains("\n"), () -> rule.id() + ": a title is one line");
			assertTrue(rule.why().length() > 80, () -> rule.id() + ": the why is a paragraph");
		}
	}

	@Test
	void onlySyntaxAndLinkingAreLeftToTheLanguage() {
		List<String> language = RuleCatalog.all().stream().filter(LanguageRule.class::isInstance).map(Rule::id).toList();
		assertEquals(List.of(RuleIds.SYNTAX, RuleIds.UNRESOLVED_REFERENCE), language);
		assertEquals(RuleCatalog.all().size() - 2, RuleCatalog.modelRules().size());
		assertTrue(Stream.of(RuleIds.CYCLE, RuleIds.IDLE_TEAM).allMatch(id -> RuleCatalog.byId(id).orElseThrow() instanceof ModelRule));
	}

	/** Quick fixes, help pages and the tests name rules by RuleIds: every rule has its constant, and no constant names a rule that is gone. */
	@Test
	void ruleIdsNamesEveryRuleOfTheCatalogAndNothingElse() throws IllegalAccessException {
		Set<String> constants = new TreeSet<>();
		for (Field field : RuleIds.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				assertEquals(field.getName(), ((String) field.get(null)).toUpperCase(Locale.ROOT).replace('-', '_'),
						"a constant is named after its id");
				constants.add((String) field.get(null));
			}
		}
		constants.remove(RuleIds.INTERNAL_ERROR); // a failure of North Star, not a rule one could switch off
		assertEquals(RuleCatalog.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new)), constants);
	}
}
