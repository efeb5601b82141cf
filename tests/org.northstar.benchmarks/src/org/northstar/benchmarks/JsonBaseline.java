package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The same models as JSON (every object with its attributes, contained objects nested, references
 * by name), parsed with Jackson: close to the cost of reading the bytes at all.
 */
final class JsonBaseline {

	private static final ObjectMapper JSON = new ObjectMapper();

	private JsonBaseline() {
	}

	static List<Path> write(LoadedModels<ModelSource> loaded, Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Resource resource : loaded.resources().values()) {
			Path file = folder.resolve(resource.getURI().trimFileExtension().lastSegment() + ".json");
			JSON.writeValue(file.toFile(), toJson(resource.getContents().get(0)));
			files.add(file);
		}
		return files;
	}

	static List<JsonNode> parse(List<Path> files) throws IOException {
		List<JsonNode> trees = new ArrayList<>();
		for (Path file : files) {
			trees.add(JSON.readTree(file.toFile()));
		}
		return trees;
	}

	private static ObjectNode toJson(EObject object) {
		ObjectNode node = JSON.createObjectNode().put("type", object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof EAttribute) {
				node.put(feature.getName(), String.valueOf(value));
			} else if (((EReference) feature).isContainment()) {
				ArrayNode children = node.putArray(feature.getName());
				for (Object child : feature.isMany() ? (List<?>) value : List.of(value)) {
					children.add(toJson((EObject) child));
				}
			} else {
				ArrayNode names = node.putArray(feature.getName());
				for (Object target : feature.isMany() ? (List<?>) value : List.of(value)) {
					names.add(String.valueOf(((EObject) target).eGet(((EObject) target).eClass().getEStructuralFeature("name"))));
				}
			}
		}
		return node;
	}
}
