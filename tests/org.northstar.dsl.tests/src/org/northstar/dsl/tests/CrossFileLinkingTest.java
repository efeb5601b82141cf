package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.dsl.diagnostics.DiagnosticCodes;
import org.northstar.model.Input;
import org.northstar.model.Team;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Names resolve across the files of a project folder, by package and by import. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class CrossFileLinkingTest {

	private static final String TEAMS = """
			package acme.invoicely
			team Growth
			team Billing
			""";

	@Inject
	private Provider<Workspace> workspaces;

	@Test
	void filesOfOnePackageSeeEachOthersTeams() {
		Workspace ws = workspaces.get().file("teams.northstar", TEAMS).file("invoicely.northstar", """
				package acme.invoicely
				product Invoicely {
				    input Senders { owner Growth }
				}
				""").load();
		Input senders = ws.model("invoicely.northstar").getProducts().get(0).getInputs().get(0);
		Team growth = ws.model("teams.northstar").getTeams().get(0);
		assertSame(growth, senders.getOwners().get(0));
		assertTrue(errors(ws, "invoicely.northstar").isEmpty());
	}

	@Test
	void anotherPackageIsReachedByImportOrByQualifiedName() {
		Workspace ws = workspaces.get().file("teams.northstar", TEAMS).file("billing.northstar", """
				package acme.billing
				import acme.invoicely.*
				product Ledger {
				    input Entries { owner Growth }
				    input Closings { owner acme.invoicely.Billing }
				}
				""").load();
		assertTrue(errors(ws, "billing.northstar").isEmpty(), () -> errors(ws, "billing.northstar").toString());
	}

	@Test
	void aDanglingOwnerIsOneLinkingErrorAtItsLine() {
		Workspace ws = workspaces.get().file("teams.northstar", TEAMS).file("invoicely.northstar", """
				package acme.invoicely
				product Invoicely {
				    input Senders {
				        owner Growht
				    }
				}
				""").load();
		List<Issue> errors = errors(ws, "invoicely.northstar");
		assertEquals(1, errors.size(), errors::toString);
		Issue error = errors.get(0);
		assertEquals(DiagnosticCodes.UNRESOLVED_REFERENCE, error.getCode());
		assertEquals(4, error.getLineNumber());
		assertEquals(15, error.getColumn());
		assertTrue(error.getMessage().contains("Growht"));
	}

	@Test
	void twoProductsMayEachHaveAnInputOfTheSameName() {
		Workspace ws = workspaces.get().file("teams.northstar", TEAMS).file("two.northstar", """
				package acme.invoicely
				product A { input Senders { owner Growth } northstar N { formula Senders } }
				product B { input Senders { owner Billing } northstar N { formula Senders } }
				""").load();
		assertTrue(errors(ws, "two.northstar").isEmpty(), () -> errors(ws, "two.northstar").toString());
		var products = ws.model("two.northstar").getProducts();
		var formulaB = (org.northstar.model.MetricReference) products.get(1).getNorthStars().get(0).getFormula();
		assertSame(products.get(1).getInputs().get(0), formulaB.getMetric());
	}

	@Test
	void aFormulaNamesAnyMetricOfItsProductEvenANestedOne() {
		Workspace ws = workspaces.get().file("teams.northstar", TEAMS).file("nested.northstar", """
				package acme.invoicely
				product P {
				    northstar N { formula Deep * 2 }
				    input Top { owner Growth input Deep { owner Growth } }
				}
				""").load();
		assertTrue(errors(ws, "nested.northstar").isEmpty(), () -> errors(ws, "nested.northstar").toString());
	}

	private static List<Issue> errors(Workspace ws, String file) {
		return ws.issues(file).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}
}
