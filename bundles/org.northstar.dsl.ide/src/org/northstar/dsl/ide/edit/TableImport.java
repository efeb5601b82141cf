package org.northstar.dsl.ide.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.northstar.core.check.ModelFiles;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.ModelSource;
import org.northstar.core.table.MetricRows;
import org.northstar.core.table.MetricRows.RowProblem;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;

import com.google.inject.Inject;

/**
 * A metrics table brought into a model's text, for {@code northstar import} and the studio's import
 * wizard alike: the table read ({@link MetricRows}), the model loaded with the other models of its
 * folder (so their teams resolve) and changed by {@link MetricImport}. The host reads the files and
 * writes the new text; nothing here writes.
 */
public class TableImport {

	/** The model's new text, and what the import did. */
	public record Imported(String text, int rows, int added, int changed) {

		public String summary() {
			return rows + " rows, " + added + " added, " + changed + " changed";
		}
	}

	/** Why nothing can be imported: rows that cannot be used (each with its line), or a model with syntax errors. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient List<RowProblem> rows;

		Refused(List<RowProblem> rows) {
			super(rows.size() + (rows.size() == 1 ? " row" : " rows") + " cannot be imported; nothing was written.");
			this.rows = List.copyOf(rows);
		}

		Refused(String message) {
			super(message);
			this.rows = List.of();
		}

		/** The rows that cannot be used; empty when the model is what stops the import. */
		public List<RowProblem> rows() {
			return rows;
		}
	}

	@Inject
	private ModelSnapshots snapshots;

	@Inject
	private MetricImport metricImport;

	/**
	 * @param table the table's text
	 * @param into  the model's file (its folder's other models are read)
	 * @param text  the model's text now, empty for a model to make
	 */
	public Imported apply(String table, Path into, String text) throws Refused {
		MetricRows.Table rows = MetricRows.read(table);
		if (!rows.problems().isEmpty()) {
			throw new Refused(rows.problems());
		}
		Path model = into.toAbsolutePath().normalize();
		Path folder = model.getParent();
		List<ModelFile> others = Files.isDirectory(folder) ? ModelFiles.collect(List.of(folder.toString())).files().stream()
				.filter(f -> !f.real().equals(model)).toList() : List.of();
		URI uri = ModelSource.fileUri(model);
		ModelSnapshot fresh = snapshots.load(uri, text, others, false);
		if (fresh.hasSyntaxErrors() || fresh.model() == null) {
			throw new Refused(into + " has syntax errors; fix them first (northstar validate " + into + " lists them). Nothing was written.");
		}
		MetricImport.Result result;
		try {
			result = metricImport.apply(fresh, rows.rows());
		} catch (MetricImport.Refused refused) {
			throw new Refused(refused.problems());
		}
		String written = text;
		for (FileEdit edit : result.edits()) {
			if (edit.resource().getURI().equals(fresh.resource().getURI())) {
				written = edit.applyTo(written);
			}
		}
		return new Imported(written, rows.rows().size(), result.added(), result.changed());
	}
}
