package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** The input-count message counts in words a person would write: "1 direct input", "2 direct inputs". */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class InputCountMessageTest {

	@Inject
	private Validation validation;

	@ParameterizedTest(name = "{0} input(s)")
	@CsvSource(delimiter = '|', textBlock = """
			0 | has 0 direct inputs; add inputs until 3 to 5 levers explain it.
			1 | has 1 direct input; add inputs until 3 to 5 levers explain it.
			2 | has 2 direct inputs; add inputs until 3 to 5 levers explain it.
			6 | has 6 direct inputs; merge them or move some under others as sub-inputs to keep 3 to 5.
			""")
	void theCountAgreesWithItsNoun(int inputs, String says) {
		String[] names = new String[inputs];
		for (int i = 0; i < inputs; i++) {
			names[i] = "Input" + (char) ('A' + i);
		}
		String message = Validation.withCode(validation.issues(Models.productWithInputs(names)), RuleIds.INPUT_COUNT).get(0)
				.getMessage();
		assertEquals("North Star 'Done' " + says, message);
	}
}
