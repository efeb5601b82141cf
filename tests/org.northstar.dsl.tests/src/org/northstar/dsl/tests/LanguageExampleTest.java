package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.model.Input;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The language reference's example parses, links and means what it says. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class LanguageExampleTest {

	@Inject
	private Provider<Workspace> workspaces;

	@Test
	void exampleHasNoIssuesOfTheLanguage() {
		Workspace ws = workspaces.get().file("invoicely.northstar", Fixtures.model(Fixtures.INVOICELY)).load();
		List<Issue> issues = ws.issues("invoicely.northstar");
		assertTrue(issues.isEmpty(), () -> "unexpected issues: " + issues);
	}

	@Test
	void exampleBuildsTheTree() {
		NorthStarModel model = workspaces.get().file("invoicely.northstar", Fixtures.model(Fixtures.INVOICELY)).load()
				.model("invoicely.northstar");
		assertEquals("acme.invoicely", model.getName());
		assertEquals(3, model.getTeams().size());
		Product product = model.getProducts().get(0);
		NorthStar northStar = product.getNorthStars().get(0);
		assertEquals("PaidOnTime", northStar.getName());
		assertEquals(7, northStar.getScores().size());
		assertEquals(3, product.getInputs().size());
		Input onTime = product.getInputs().get(2);
		assertEquals("RemindersPerInvoice", onTime.getInputs().get(0).getName());
		assertEquals("Payments", onTime.getOwners().get(0).getName());
	}
}
