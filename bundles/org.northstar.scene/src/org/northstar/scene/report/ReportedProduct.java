package org.northstar.scene.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.northstar.core.check.Problem;
import org.northstar.scene.Scene;
import org.northstar.scene.SceneFigures;
import org.northstar.scene.TreeScene;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductStatus;
import org.northstar.model.Product;

/**
 * What every report shows of one product: the model, its tree as the editors draw it (the one
 * scene), its open findings (the one rule catalog) and its dashboard (the one metrics engine).
 *
 * @param file     the model file as the user named it
 * @param findings the findings on the product and its elements, by position
 * @param status   the dashboard; without data every metric is {@code no-data}, targets still shown
 * @param tree     the product's tree with the rules' badges
 */
public record ReportedProduct(String file, Product product, List<Problem> findings, ProductStatus status, Scene tree) {

	/**
	 * Builds the report of {@code product} from the findings of its file ({@code keys} names an element
	 * as the findings do: its qualified name) and its measurements (none: {@link Measurements#none()}).
	 */
	public static ReportedProduct of(String file, Product product, List<Problem> fileFindings, Measurements data, Period asOf,
			Function<EObject, String> keys) {
		return of(file, product, fileFindings, ProductStatus.of(product, new Calculator(data), asOf), true, keys);
	}

	/**
	 * Builds the report of {@code product} from its dashboard as computed already (for instance the one
	 * the data rules judged); {@code values}: the tree shows the figures where there is data.
	 */
	public static ReportedProduct of(String file, Product product, List<Problem> fileFindings, ProductStatus status,
			boolean values, Function<EObject, String> keys) {
		String productKey = keys.apply(product);
		List<Problem> findings = fileFindings.stream().filter(p -> p.element() != null
				&& (p.element().equals(productKey) || p.element().startsWith(productKey + "."))).toList();
		Map<String, List<Problem>> byElement = findings.stream().collect(Collectors.groupingBy(Problem::element));
		SceneFigures figures = values ? SceneFigures.of(List.of(status)) : SceneFigures.NONE;
		Scene tree = new TreeScene(element -> byElement.getOrDefault(keys.apply(element), List.of()), keys, element -> false, figures)
				.of(product);
		return new ReportedProduct(file, product, findings, status, tree);
	}

	public boolean hasData() {
		return status.period() != null;
	}
}
