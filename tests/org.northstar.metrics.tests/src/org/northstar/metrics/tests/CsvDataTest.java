package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.metrics.tests.Trees.metric;
import static org.northstar.metrics.tests.Trees.period;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.data.CsvData;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataProblem;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** CSV data in its two layouts, from real files, and every kind of bad file: a clear message, nothing loaded. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class CsvDataTest {

	private static final Set<String> METRICS = Set.of("Senders", "OnTimeShare");

	@TempDir
	Path dir;

	@Inject
	private Trees trees;

	private Measurements read(String text) throws IOException, DataException {
		Path file = Files.writeString(dir.resolve("data.csv"), text);
		return CsvData.read(file, "data.csv", METRICS, "Invoicely");
	}

	private List<DataProblem> problems(String text) throws IOException {
		Path file = Files.writeString(dir.resolve("data.csv"), text);
		return assertThrows(DataException.class, () -> CsvData.read(file, "data.csv", METRICS, "Invoicely")).problems();
	}

	@Test
	void longLayoutOneValueARowAnyPeriodForm() throws Exception {
		Measurements data = read("""
				metric,period,value
				Senders,2026-W47,1200
				Senders,2026-W48,1250.5
				OnTimeShare, 2026-11 , 0.82
				OnTimeShare,2026-Q4,-0.5e-1
				""");
		assertEquals(Map.of(period("2026-W47"), 1200.0, period("2026-W48"), 1250.5), seriesOf(data, "Senders"));
		assertEquals(Map.of(period("2026-11"), 0.82, period("2026-Q4"), -0.05), seriesOf(data, "OnTimeShare"));
	}

	@Test
	void wideLayoutOnePeriodARowEmptyCellsAreNoValue() throws Exception {
		Measurements data = read("""
				period,Senders,OnTimeShare
				2026-W47,1200,0.8

				2026-W48,,0.85
				"2026-W49","1300",
				""");
		assertEquals(Map.of(period("2026-W47"), 1200.0, period("2026-W49"), 1300.0), seriesOf(data, "Senders"));
		assertEquals(Map.of(period("2026-W47"), 0.8, period("2026-W48"), 0.85), seriesOf(data, "OnTimeShare"));
	}

	@Test
	void everyBadRowIsNamedByItsLineAndNothingIsLoaded() throws IOException {
		List<DataProblem> problems = problems("""
				metric,period,value
				Senders,2026-W47,1200
				Senders,2026-W48
				Senders,2026-W49,12x0
				Payers,2026-W49,5
				OnTimeShare,2026-13,0.8
				Senders,2026-W47,1300
				""");
		assertEquals(List.of(3, 4, 5, 6, 7), problems.stream().map(DataProblem::line).toList(), problems::toString);
		assertTrue(problems.get(0).toString().startsWith("data.csv:3: 2 values where the header has 3"), problems::toString);
		assertTrue(problems.get(1).message().contains("'12x0' is not a number (Senders)"), problems::toString);
		assertTrue(problems.get(2).message().contains("'Payers' is not a metric of product Invoicely; use a name as written"
				+ " in the model (OnTimeShare, Senders)"), problems::toString);
		assertTrue(problems.get(3).message().contains("'2026-13' is not a period; write 2026-11-30"), problems::toString);
		assertTrue(problems.get(4).message().contains("second value for 2026-W47 (the first is on line 2)"), problems::toString);
	}

	@Test
	void aWideHeaderWithAnUnknownMetricAndRowsOfTheWrongWidth() throws IOException {
		List<DataProblem> problems = problems("""
				period,Senders,Payers
				2026-W47,1200,4,5
				2026-W48,NaN,4
				""");
		assertEquals(List.of(1, 2, 3), problems.stream().map(DataProblem::line).toList(), problems::toString);
		assertTrue(problems.get(0).message().contains("'Payers' is not a metric"), problems::toString);
		assertTrue(problems.get(1).message().contains("4 values where the header has 3"), problems::toString);
		assertTrue(problems.get(2).message().contains("'NaN' is not a number"), problems::toString);
	}

	@Test
	void aHeaderOfNeitherLayout() throws IOException {
		List<DataProblem> problems = problems("name,week,amount\nSenders,2026-W47,1\n");
		assertEquals(1, problems.get(0).line());
		assertTrue(problems.get(0).message().contains("it must be 'metric,period,value'"), problems::toString);
	}

	@Test
	void aQuoteNeverClosedIsAMalformedRowWithItsLine() throws IOException {
		List<DataProblem> problems = problems("metric,period,value\nSenders,2026-W47,1\nSenders,\"2026-W48,2\n");
		assertEquals(1, problems.size());
		assertEquals(3, problems.get(0).line(), problems::toString);
		assertTrue(problems.get(0).message().contains("malformed row"), problems::toString);
	}

	/** Found by the CSV fuzz target: with lone CRs every row was "line 1", a malformed one past the last line. */
	@Test
	void crLfAndLoneCrLineEndsNameTheLineAsAnEditorShowsIt() throws IOException {
		for (String end : List.of("\r", "\r\n", "\n")) {
			List<DataProblem> problems = problems(String.join(end, "metric,period,value", "Senders,2026-W47,1",
					"Senders,2026-W48,1x", "Senders,2026-W49,3", "Payers,2026-W50,4") + end);
			assertEquals(List.of(3, 5), problems.stream().map(DataProblem::line).toList(), () -> end.replace("\r", "CR") + problems);
			List<DataProblem> malformed = problems(String.join(end, "metric,period,value", "Senders,2026-W47,1", "Senders,\"2026-W48,2"));
			assertEquals(3, malformed.get(0).line(), () -> end.replace("\r", "CR") + malformed);
		}
	}

	@Test
	void anEmptyFileAndAMissingFile() throws IOException {
		assertTrue(problems("").get(0).message().contains("the file is empty"));
		DataException missing = assertThrows(DataException.class,
				() -> CsvData.read(dir.resolve("nothing.csv"), "nothing.csv", METRICS, "Invoicely"));
		assertTrue(missing.getMessage().startsWith("nothing.csv: no such file; the path of 'data csv' is relative to the model file"),
				missing::getMessage);
	}

	@Test
	void theDataSourceOfAProductIsFoundRelativeToItsModelFile() throws Exception {
		Files.createDirectories(dir.resolve("models/data"));
		Files.writeString(dir.resolve("models/data/p.csv"), "period,A,N\n2026-W01,2,4\n2026-W02,3,9\n");
		Path model = Files.writeString(dir.resolve("models/p.northstar"), """
				product P {
				    data csv "data/p.csv"
				    northstar N { formula A * A }
				    input A
				}""");
		Product product = trees.productOfFile(model);
		Measurements data = DataSources.load(product);
		assertEquals(Map.of(period("2026-W01"), 2.0, period("2026-W02"), 3.0), data.of(metric(product, "A")).asMap());
		assertEquals(List.of(period("2026-W01"), period("2026-W02")), List.copyOf(data.periods()));
	}

	@Test
	void aMissingDataFileNamesThePathItLookedFor() throws Exception {
		Path model = Files.writeString(dir.resolve("p.northstar"), "product P { data csv \"data/none.csv\" northstar N }");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(trees.productOfFile(model)));
		assertTrue(e.getMessage().startsWith(dir.resolve("data/none.csv").toAbsolutePath() + ": no such file"), e::getMessage);
	}

	@Test
	void aDataFileOutsideTheProjectEvenThroughALinkIsRefusedUnlessAllowed() throws Exception {
		Path project = Files.createDirectories(dir.resolve("project/models/data")).getParent().getParent();
		Files.createDirectories(project.resolve(".project"));
		Files.writeString(dir.resolve("secret.csv"), "period,N\n2026-W01,1\n");
		Files.createSymbolicLink(project.resolve("models/data/p.csv"), dir.resolve("secret.csv"));
		Path model = Files.writeString(project.resolve("models/p.northstar"), "product P { data csv \"data/p.csv\" northstar N }");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(trees.productOfFile(model)));
		assertTrue(e.getMessage().contains("'data csv' names " + project.resolve("models/data/p.csv")
				+ ", which is outside the project folder " + project.toRealPath()), e::getMessage);
		Measurements allowed = DataSources.load(trees.productOfFile(model), DataSettings.defaults().allowingOutsideProject(true));
		assertEquals(Map.of(period("2026-W01"), 1.0), allowed.of("N").asMap());
		Files.delete(project.resolve("models/data/p.csv"));
		Files.copy(dir.resolve("secret.csv"), project.resolve("models/data/p.csv"));
		assertEquals(1, DataSources.load(trees.productOfFile(model)).of("N").asMap().size(), "inside the project: read");
	}

	private static Map<?, ?> seriesOf(Measurements data, String name) {
		return data.of(name).asMap();
	}
}
