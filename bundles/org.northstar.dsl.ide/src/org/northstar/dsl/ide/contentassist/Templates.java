package org.northstar.dsl.ide.contentassist;

/**
 * Snippet templates (LSP snippet syntax: {@code ${1:placeholder}}, {@code ${2|a,b|}} for a choice)
 * for the elements analysts write most, pre-filled so that the result passes the rules once the
 * placeholders are filled in.
 */
final class Templates {

	static final String PRODUCT = """
			product ${1:Name} {
			    value "${2:Why customers come back}"
			    game ${3|productivity,transaction,attention|}
			    northstar ${4:Metric} "${5:The customer behaviour that shows value}" {
			        unit ${6:units}  window ${7|weekly,daily,monthly,quarterly,yearly|}
			    }
			}""";

	static final String INPUT = """
			input ${1:Name} "${2:What customers do that moves the North Star}" {
			    dimension ${3|breadth,depth,frequency,efficiency|}  unit ${4:units}  window ${5|weekly,daily,monthly,quarterly,yearly|}
			    owner ${6:Team}  relation ${7|multiplicative,additive,correlated|}
			}""";

	static final String GUARDRAIL = """
			guardrail ${1:Name} "${2:What must not get worse}" {
			    direction ${3|lower,higher|}  threshold ${4:0}  window ${5|monthly,weekly,daily,quarterly,yearly|}
			}""";

	private Templates() {
	}
}
