package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * {@link DataSources#loadAll}: many products' data loaded side by side come back in the products'
 * order, each as it loads alone; a product whose data cannot be loaded comes back with its problems
 * and the others are loaded all the same.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class LoadAllTest {

	@TempDir
	Path dir;

	@Inject
	private Trees trees;

	@Test
	void productsComeBackInOrderEachAsAloneAndAFailureStaysItsOwn() throws Exception {
		Files.createDirectories(dir.resolve(".git"));
		List<Product> products = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String data = i % 2 == 1 ? "    data csv \"p" + i + ".csv\"\n    northstar N\n    input A\n"
					: "    data duckdb\n    northstar N { query \"SELECT '2026-W0' || (j + 1), " + i + " * j FROM range(2) t(j)\" }\n"
							+ "    input A { query \"SELECT '2026-W01', " + i + "\" }\n";
			String values = i == 5 ? "metric,period,value\nN,2026-W01,x\n" : "metric,period,value\nN,2026-W01," + i + "\nA,2026-W02," + (i + 1) + "\n";
			Files.writeString(dir.resolve("p" + i + ".csv"), values);
			Path model = Files.writeString(dir.resolve("p" + i + ".northstar"), "product P" + i + " {\n" + data + "}\n");
			products.add(trees.productOfFile(model));
		}
		List<DataSources.Loaded> loaded = DataSources.loadAll(products, DataSettings.defaults());
		assertEquals(products, loaded.stream().map(DataSources.Loaded::product).toList());
		for (DataSources.Loaded one : loaded) {
			if (one.product().getName().equals("P5")) {
				assertNull(one.data());
				assertTrue(one.failure().getMessage().contains("'x' is not a number (N)"), one.failure()::getMessage);
				continue;
			}
			assertNull(one.failure(), () -> one.product().getName() + ": " + one.failure().getMessage());
			Measurements alone = DataSources.load(one.product());
			assertEquals(alone.of("N").asMap(), one.data().of("N").asMap(), one.product().getName());
			assertEquals(alone.of("A").asMap(), one.data().of("A").asMap(), one.product().getName());
			assertEquals(2, one.data().periods().size(), one.product().getName());
		}
		assertEquals(List.of(), DataSources.loadAll(List.of(), DataSettings.defaults()));
	}
}
