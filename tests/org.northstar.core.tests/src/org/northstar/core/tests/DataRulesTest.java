package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.core.tests.Validation.codes;
import static org.northstar.core.tests.Validation.withCode;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * The rules that judge the model against its data fire on the language's example with data
 * that shows their pattern, stay quiet on near misses, and say nothing without data.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class DataRulesTest {

	private static final double[] RISING = { 2400, 2480, 2561, 2644, 2728, 2813, 2900, 2989, 3079, 3171 };
	private static final double[] ZIGZAG = { 1000, 1100, 990, 1090, 1010, 1080, 1000, 1100, 995, 1085 };

	@Inject
	private Validation validation;

	static Stream<Arguments> firing() {
		return Stream.of(
				Arguments.of(RuleIds.GUARDRAIL_BREACHED, "dispute rate 2.9 over 2.5, lower is better",
						csv("DisputeRate", new double[] { 2.0, 2.2, 2.4, 2.9 })),
				Arguments.of(RuleIds.KPI_DIVERGENCE, "north star rises, paid seats fall",
						csv("PaidOnTime", RISING, "PaidSeats", line(1300, -15))),
				Arguments.of(RuleIds.KPI_DIVERGENCE, "paid seats rise, north star falls",
						csv("PaidOnTime", line(3000, -40), "PaidSeats", line(1000, 20))),
				Arguments.of(RuleIds.WEAK_DRIVER, "senders zig-zag while the north star climbs", csv("PaidOnTime", RISING, "Senders", ZIGZAG)),
				Arguments.of(RuleIds.UNEXPLAINED_NORTH_STAR, "the north star zig-zags around its formula",
						csv("PaidOnTime", new double[] { 2600, 2300, 2700, 2350, 2650, 2400, 2750, 2380, 2690, 2420 },
								"Senders", line(1000, 20), "InvoicesPerSender", line(3, 0.02), "OnTimeShare", line(0.8, 0.005))));
	}

	static Stream<Arguments> quiet() {
		return Stream.of(
				Arguments.of(RuleIds.GUARDRAIL_BREACHED, "dispute rate back under 2.5", csv("DisputeRate", new double[] { 2.0, 2.9, 2.4 })),
				Arguments.of(RuleIds.GUARDRAIL_BREACHED, "no data for the guardrail", csv("PaidOnTime", RISING)),
				Arguments.of(RuleIds.KPI_DIVERGENCE, "both rise", csv("PaidOnTime", RISING, "PaidSeats", line(1000, 12))),
				Arguments.of(RuleIds.KPI_DIVERGENCE, "apart, but only five periods",
						csv("PaidOnTime", line(2400, 80, 5), "PaidSeats", line(1300, -15, 5))),
				Arguments.of(RuleIds.WEAK_DRIVER, "senders climb with the north star", csv("PaidOnTime", RISING, "Senders", line(1000, 20))),
				Arguments.of(RuleIds.WEAK_DRIVER, "zig-zag over six periods only",
						csv("PaidOnTime", line(2400, 80, 6), "Senders", new double[] { 1000, 1100, 990, 1090, 1010, 1080 })),
				Arguments.of(RuleIds.UNEXPLAINED_NORTH_STAR, "the north star is its formula",
						csv("PaidOnTime", formula(), "Senders", line(1000, 20), "InvoicesPerSender", line(3, 0.02),
								"OnTimeShare", line(0.8, 0.005))));
	}

	@ParameterizedTest(name = "{0} fires: {1}")
	@MethodSource("firing")
	void fires(String rule, String what, String csv) {
		List<Issue> issues = validation.issuesWithData(Example.clean().text(), csv);
		assertTrue(codes(issues).contains(rule), () -> rule + " did not fire on " + what + "; issues: " + issues);
		assertFalse(codes(validation.issues(Example.clean().text())).contains(rule), rule + " fired without data");
	}

	@ParameterizedTest(name = "{0} is quiet: {1}")
	@MethodSource("quiet")
	void staysQuiet(String rule, String what, String csv) {
		List<Issue> issues = validation.issuesWithData(Example.clean().text(), csv);
		assertFalse(codes(issues).contains(rule), () -> rule + " fired on " + what + "; issues: " + issues);
	}

	@Test
	void messagesGiveTheFigures() {
		Issue breached = withCode(validation.issuesWithData(Example.clean().text(),
				csv("DisputeRate", new double[] { 2.0, 2.2, 2.4, 2.9 })), RuleIds.GUARDRAIL_BREACHED).get(0);
		assertEquals("Guardrail 'DisputeRate' is 2.9 in 2026-W04, past its threshold 2.5; find what pushed it there"
				+ " before pushing the North Star further.", breached.getMessage());
		Issue weak = withCode(validation.issuesWithData(Example.clean().text(), csv("PaidOnTime", RISING, "Senders", ZIGZAG)),
				RuleIds.WEAK_DRIVER).get(0);
		assertTrue(weak.getMessage().contains("(r = 0.1421 over 10 periods)"), weak::getMessage);
	}

	@Test
	void correlatedInputSaysHowStronglyWhenThereIsData() {
		Issue correlated = withCode(validation.issuesWithData(Example.clean().text(),
				csv("OnTimeShare", line(0.8, 0.005), "RemindersPerInvoice", line(2, -0.05))), RuleIds.CORRELATED_INPUT).get(0);
		assertEquals("Input 'RemindersPerInvoice' is only correlated with its parent (r = -1 over 10 periods); once the"
				+ " mechanism is known, make it additive or multiplicative.", correlated.getMessage());
		Issue without = withCode(validation.issues(Example.clean().text()), RuleIds.CORRELATED_INPUT).get(0);
		assertFalse(without.getMessage().contains("r ="), without::getMessage);
	}

	@Test
	void theDataDecidesADirectionTheFormulaLeavesOpen() {
		// d/dSenders of Senders * I * O / (I - O) has the sign of I - O: unknown without data, positive with it
		String model = Example.clean().replace("formula Senders * InvoicesPerSender * OnTimeShare",
				"formula Senders * InvoicesPerSender * OnTimeShare / (OnTimeShare - InvoicesPerSender)").text();
		List<Issue> issues = validation.issuesWithData(model,
				csv("Senders", line(1000, 20), "InvoicesPerSender", line(3, 0.02), "OnTimeShare", line(0.8, 0.005)));
		// O - I < 0: more senders, a lower North Star
		assertEquals(1, withCode(issues, RuleIds.FORMULA_DIRECTION).stream().filter(i -> i.getMessage().contains("'Senders'")).count(),
				issues::toString);
	}

	/** A wide CSV of weekly values from 2026-W01: name, values, name, values... */
	static String csv(Object... nameThenValues) {
		StringBuilder csv = new StringBuilder("period");
		int weeks = 0;
		for (int i = 0; i < nameThenValues.length; i += 2) {
			csv.append(',').append(nameThenValues[i]);
			weeks = Math.max(weeks, ((double[]) nameThenValues[i + 1]).length);
		}
		csv.append('\n');
		for (int week = 0; week < weeks; week++) {
			csv.append(String.format(Locale.ROOT, "2026-W%02d", week + 1));
			for (int i = 1; i < nameThenValues.length; i += 2) {
				double[] values = (double[]) nameThenValues[i];
				csv.append(',').append(week < values.length ? Double.toString(values[week]) : "");
			}
			csv.append('\n');
		}
		return csv.toString();
	}

	private static double[] line(double first, double step) {
		return line(first, step, 10);
	}

	private static double[] line(double first, double step, int count) {
		double[] values = new double[count];
		for (int i = 0; i < count; i++) {
			values[i] = first + step * i;
		}
		return values;
	}

	/** Senders * InvoicesPerSender * OnTimeShare of the lines above. */
	private static double[] formula() {
		double[] values = new double[10];
		for (int i = 0; i < 10; i++) {
			values[i] = (1000 + 20 * i) * (3 + 0.02 * i) * (0.8 + 0.005 * i);
		}
		return values;
	}
}
