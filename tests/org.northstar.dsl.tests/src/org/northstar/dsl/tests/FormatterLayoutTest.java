package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** The canonical layout, spelled out in full for small inputs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class FormatterLayoutTest {

	@Inject
	private Formatting formatting;

	@Test
	void messyInputGetsTheCanonicalLayout() {
		String messy = """
				package  demo
				import acme.shared.*
				team Solo{lead"Sam"members"A" ,"B"}team Duo
				product Shop"A corner shop"{value "x" game transaction   secondary productivity
				northstar Baskets{formula(Visitors*Rate)-  - Returns/2 target -3by 2026-12-31 scores{value 4 vision 3"ok"}}
				input Visitors{owner Solo,Duo} input Rate input Returns guardrail Theft{ threshold 2.5 } guardrail Waste{   }}""";
		assertEquals("""
				package demo

				import acme.shared.*

				team Solo {
				    lead "Sam"
				    members "A", "B"
				}
				team Duo

				product Shop "A corner shop" {
				    value "x"
				    game transaction secondary productivity
				    northstar Baskets {
				        formula (Visitors * Rate) - -Returns / 2
				        target -3 by 2026-12-31
				        scores {
				            value 4
				            vision 3 "ok"
				        }
				    }
				    input Visitors {
				        owner Solo, Duo
				    }
				    input Rate
				    input Returns
				    guardrail Theft {
				        threshold 2.5
				    }
				    guardrail Waste { }
				}
				""", formatting.format(messy));
	}

	@Test
	void dataSourcesGetOneLineEach() {
		assertEquals("""
				product A {
				    data duckdb
				    northstar N {
				        query "SELECT week, n FROM '${folder}/n.parquet'"
				    }
				}

				product B {
				    data duckdb "warehouse.duckdb"
				}

				product C {
				    data jdbc "analytics"
				}

				product D {
				    data jdbc "analytics" query "SELECT metric, week, n FROM weekly"
				}

				product E {
				    data duckdb "warehouse.duckdb" query "SELECT metric, week, n FROM weekly"
				    northstar N
				}
				""", formatting.format("""
				product A{data   duckdb northstar N{query   "SELECT week, n FROM '${folder}/n.parquet'"}}
				product B{data duckdb"warehouse.duckdb"}product C{ data jdbc   "analytics" }
				product D{data jdbc "analytics"
				        query"SELECT metric, week, n FROM weekly"}
				product E{data duckdb "warehouse.duckdb"query "SELECT metric, week, n FROM weekly" northstar N}"""));
	}

	// The fixture is written in the canonical layout, so it is a fixed point.
	@Test
	void canonicalModelIsLeftAsItIs() {
		String canonical = Fixtures.model("every-construct.northstar");
		assertEquals(canonical, formatting.format(canonical));
	}

	@Test
	void emptyFileStaysEmpty() {
		assertEquals("", formatting.format(""));
		assertEquals("", formatting.format("\n\n  \n"));
	}

	// Blank lines are the analyst's paragraphs: one survives, more collapse to one.
	@Test
	void oneBlankLineBetweenMembersSurvives() {
		String text = """
				product P {
				    input A


				    input B
				    input C
				}
				""";
		assertEquals("""
				product P {
				    input A

				    input B
				    input C
				}
				""", formatting.format(text));
	}

	@Test
	void formulasGetSpacesAroundOperatorsOnly() {
		String text = """
				product P { northstar N { formula - ( ( A+2.5 )/-B ) *C-  -3 } input A input B input C }
				""";
		assertEquals("""
				product P {
				    northstar N {
				        formula -((A + 2.5) / -B) * C - -3
				    }
				    input A
				    input B
				    input C
				}
				""", formatting.format(text));
	}
}
