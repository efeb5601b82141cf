package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.model.NorthStarModel;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** Strings written by the serializer (pastes, edits from the diagram) read as typed and parse back to the same value. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class StringValuesTest {

	@Inject
	private IValueConverterService converters;

	@Inject
	private ParseHelper<NorthStarModel> parser;

	@Test
	void singleQuotesLineBreaksAndTabsAreWrittenAsTyped() {
		assertEquals("\"SELECT period, n FROM '${folder}/data/n.parquet'\"",
				converters.toString("SELECT period, n FROM '${folder}/data/n.parquet'", "STRING"));
		assertEquals("\"SELECT week,\n\tn FROM t\"", converters.toString("SELECT week,\n\tn FROM t", "STRING"));
	}

	@Test
	void whatCannotStandInAStringIsEscapedAndReadsBackTheSame() throws Exception {
		for (String value : List.of("say \"hi\"", "C:\\data\\n.csv", "a\rb", "bell\u0007", "it's \"\\'\"", "", "ünïcode ✓")) {
			String written = converters.toString(value, "STRING");
			NorthStarModel model = parser.parse("product P " + written + " { }");
			assertEquals(List.of(), model.eResource().getErrors(), written);
			assertEquals(value, model.getProducts().get(0).getDescription(), written);
		}
		assertEquals("\"say \\\"hi\\\"\"", converters.toString("say \"hi\"", "STRING"));
		assertEquals("\"bell\\u0007\"", converters.toString("bell\u0007", "STRING"));
	}
}
