package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.model.Input;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The parser makes elements without notifications (a tenth of parsing) and must turn them on before
 * anyone sees them: the caches that editors, the diagram and the rules keep are dropped by
 * notifications, and a silent element would leave them stale. Checked after a whole parse and after
 * the partial parse of an edit, which makes new elements inside an old tree.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class ParsedElementsNotifyTest {

	private static final String MODEL = """
			product P {
			    northstar N "Weekly tasks" { unit tasks formula A + B * (A - B) }
			    input A "First" { owner T }
			    input B "Second" { owner T }
			}
			team T { lead "Ann" }
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void everyParsedElementNotifiesItsAdapters() throws IOException {
		XtextResource resource = load(MODEL);
		assertEveryElementDelivers(resource);

		List<Notification> heard = listen(resource);
		Input first = (Input) ((Product) resource.getContents().get(0).eContents().get(0)).getMembers().get(1);
		first.setDescription("Renamed");
		assertEquals(1, heard.size(), heard::toString);
		assertEquals(first, heard.get(0).getNotifier());
	}

	@Test
	void elementsOfAPartialParseNotifyToo() throws IOException {
		XtextResource resource = load(MODEL);
		String body = "{ owner T }\n}";
		resource.update(MODEL.lastIndexOf(body), "{ owner T }".length(), "{ owner T formula A * A }");
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		assertEveryElementDelivers(resource);

		List<Notification> heard = listen(resource);
		Input second = (Input) ((Product) resource.getContents().get(0).eContents().get(0)).getMembers().get(2);
		second.setDescription("Changed");
		assertEquals(1, heard.size(), heard::toString);
	}

	private static void assertEveryElementDelivers(XtextResource resource) {
		List<EObject> silent = new ArrayList<>();
		resource.getAllContents().forEachRemaining(element -> {
			if (!element.eDeliver()) {
				silent.add(element);
			}
		});
		assertTrue(silent.isEmpty(), () -> "elements without notifications: " + silent);
		assertTrue(resource.getAllContents().hasNext(), "the model was parsed");
	}

	private static List<Notification> listen(XtextResource resource) {
		List<Notification> heard = new ArrayList<>();
		resource.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
					heard.add(notification);
				}
			}
		});
		return heard;
	}

	private XtextResource load(String text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("file:/notify/test.northstar"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}
}
