package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.model.NamedElement;
import org.northstar.testing.TestSession;

/**
 * While the loader links a whole set, each element's scope is made once and kept for the references
 * beneath it ({@code SettledNames}): every reference must still end where Xtext's own lookup, made
 * afresh for each reference, takes it, shadowed names and names of other files included.
 */
class SettledNamesTest {

	private static final Map<String, String> FILES = Map.of(
			"teams.northstar", "package acme\nteam Growth\nteam Billing\n",
			"shops.northstar", """
					package acme
					product Shop {
					    northstar Orders "Orders a week" { formula Visitors * (Conversion + Visitors / 2) }
					    input Visitors "Visitors a week" { owner Growth relation additive }
					    input Conversion "Share of visits that order" { owner Billing relation multiplicative }
					    workstream W "Faster checkout" { team Billing targets Conversion }
					}
					product Outlet {
					    northstar Orders "Orders a week at the outlet" { formula Visitors + Shop.Visitors }
					    input Visitors "Outlet visitors a week" { owner acme.Growth relation additive }
					    workstream W "Outlet signs" { team Growth targets Visitors }
					}
					""",
			"board.northstar", """
					package board
					import acme.*
					product Board {
					    kpi Sales "Orders of the shop" { follows Shop.Orders }
					    kpi Outlet "Orders of the outlet" { follows acme.Outlet.Orders }
					    kpi Nothing "Orders of a shop that is not there" { follows Gone.Orders }
					}
					""");

	@Test
	void everyReferenceEndsWhereXtextsOwnLookupTakesIt() throws IOException {
		List<ModelSource> sources = FILES.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(file -> ModelSource.of(uri(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8))).toList();
		LoadedModels<ModelSource> loaded = TestSession.get().get(ModelLoader.class).load(sources, CancelIndicator.NullImpl);
		List<String> settled = targets(loaded.resourceSet().getResources());

		XtextResourceSet afresh = TestSession.get().get(XtextResourceSet.class);
		for (ModelSource source : sources) {
			Resource resource = afresh.createResource(source.uri());
			resource.load(new ByteArrayInputStream(FILES.get(source.uri().lastSegment()).getBytes(StandardCharsets.UTF_8)), Map.of());
		}
		afresh.getResources().forEach(EcoreUtil::resolveAll);
		List<String> looked = targets(afresh.getResources());

		assertEquals(looked, settled);
		assertEquals(List.of("shops.northstar#Outlet.Visitors", "shops.northstar#Shop.Visitors"), targetsFrom(settled, "shops.northstar#Outlet.Orders/"));
		assertEquals(List.of("shops.northstar#Shop.Visitors", "shops.northstar#Shop.Conversion", "shops.northstar#Shop.Visitors"),
				targetsFrom(settled, "shops.northstar#Shop.Orders/"));
		assertEquals(List.of("shops.northstar#Shop.Orders"), targetsFrom(settled, "board.northstar#Board.Sales/"));
		assertEquals(List.of("shops.northstar#Outlet.Orders"), targetsFrom(settled, "board.northstar#Board.Outlet/"));
		assertEquals(List.of("unresolved"), targetsFrom(settled, "board.northstar#Board.Nothing/"));
		assertEquals(List.of("teams.northstar#Growth"), targetsFrom(settled, "shops.northstar#Outlet.Visitors/"));
	}

	private static List<String> targetsFrom(List<String> references, String from) {
		return references.stream().filter(reference -> reference.startsWith(from)).map(reference -> reference.split(" -> ")[1]).toList();
	}

	/** Each reference of each file, as "file#Element/path feature -> file#Target", in the files' order. */
	private static List<String> targets(List<Resource> resources) {
		List<String> targets = new ArrayList<>();
		for (Resource resource : resources) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					EObject named = namedAround(element);
					String from = label(named) + "/" + EcoreUtil.getRelativeURIFragmentPath(named, element) + " " + reference.getName();
					for (Object target : reference.isMany() ? (List<?>) element.eGet(reference) : List.of(element.eGet(reference))) {
						EObject to = (EObject) target;
						targets.add(from + " -> " + (to == null || to.eIsProxy() ? "unresolved" : label(to)));
					}
				}
			}
		}
		return targets;
	}

	private static EObject namedAround(EObject element) {
		EObject named = element;
		while (named.eContainer() != null && !(named instanceof NamedElement)) {
			named = named.eContainer();
		}
		return named;
	}

	/** The file and the names from the product down, as written: "shops.northstar#Outlet.Orders". */
	private static String label(EObject element) {
		List<String> names = new ArrayList<>();
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof NamedElement named) {
				names.add(0, named.getName());
			}
		}
		return element.eResource().getURI().lastSegment() + "#" + String.join(".", names);
	}

	private static URI uri(String name) {
		return URI.createURI("memory:/project/" + name);
	}
}
