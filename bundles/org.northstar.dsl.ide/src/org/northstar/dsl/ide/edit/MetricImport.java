package org.northstar.dsl.ide.edit;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.northstar.metrics.MetricKinds;
import org.northstar.core.table.MetricColumn;
import org.northstar.core.table.MetricFacts;
import org.northstar.core.table.MetricRows.Row;
import org.northstar.core.table.MetricRows.RowProblem;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;
import org.northstar.dsl.services.NorthStarGrammarAccess;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.Expression;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.MetricReference;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarFactory;
import org.northstar.model.NorthStarModel;
import org.northstar.model.NorthStarPackage.Literals;
import org.northstar.model.Product;
import org.northstar.model.Target;
import org.northstar.model.Team;

import com.google.inject.Inject;

/**
 * Brings a metrics table ({@code MetricRows}) into a model as minimal text edits: products and
 * metrics are found by name and updated where a cell says something else, the missing ones are
 * added where an analyst would write them ({@link TreeEdits}), owners that name no team get a team.
 * Everything the table does not mention (comments, candidates, scores, work streams, other
 * metrics, untouched clauses) stays as written. Current value and status are the data's business
 * and are not imported. A row that cannot be used is a {@link RowProblem}; then nothing is edited.
 */
public class MetricImport {

	/** The rows that could not be used, each with its line; nothing was changed. */
	public static final class Refused extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final transient List<RowProblem> problems;

		Refused(List<RowProblem> problems) {
			super(problems.size() + " rows cannot be imported");
			this.problems = List.copyOf(problems);
		}

		public List<RowProblem> problems() {
			return problems;
		}
	}

	/** The edits, and how many products and metrics were added or changed. */
	public record Result(List<FileEdit> edits, int added, int changed) {
	}

	private static final List<String> ORDER = List.of("product", "northstar", "input", "guardrail", "kpi");

	@Inject
	private ModelSnapshots snapshots;

	@Inject
	private IParser parser;

	@Inject
	private NorthStarGrammarAccess grammar;

	/**
	 * The edits that bring {@code rows} into the model of {@code fresh} (a snapshot loaded for this
	 * import alone, linked with its project's other files so that their teams resolve).
	 *
	 * @throws Refused when a row cannot be used
	 */
	public Result apply(ModelSnapshot fresh, List<Row> rows) {
		Run run = new Run();
		List<FileEdit> edits = snapshots.edit(fresh, snapshot -> {
			run.into(snapshot.model(), rows);
			if (!run.problems.isEmpty()) {
				throw new Refused(run.problems);
			}
		});
		return new Result(edits, run.added, run.changed);
	}

	/** One import: what it found wrong and what it did. */
	private final class Run {
		final List<RowProblem> problems = new ArrayList<>();
		final Set<EObject> changedElements = new LinkedHashSet<>();
		final Set<EObject> created = new LinkedHashSet<>();
		int added;
		int changed;

		void into(NorthStarModel model, List<Row> rows) {
			Map<String, Integer> seen = new HashMap<>();
			for (Row row : rows) {
				Integer first = seen.putIfAbsent(row.get(MetricColumn.PRODUCT) + "." + row.get(MetricColumn.NAME) + "." + row.kind().equals("product"), row.line());
				if (first != null) {
					problems.add(new RowProblem(row.line(), "'" + row.get(MetricColumn.NAME) + "' is named twice (first on line " + first + ")"));
				}
			}
			List<Row> pending = new ArrayList<>(rows);
			pending.sort((a, b) -> Integer.compare(ORDER.indexOf(a.kind()), ORDER.indexOf(b.kind())));
			for (Row row : pending) {
				product(model, row.get(MetricColumn.PRODUCT));
			}
			// inputs hang from inputs that may come later in the table: place what can be placed until nothing moves
			boolean progress = true;
			while (progress && !pending.isEmpty()) {
				progress = false;
				for (Row row : List.copyOf(pending)) {
					if (placeable(model, row)) {
						pending.remove(row);
						progress = true;
						row(model, row);
					}
				}
			}
			for (Row row : pending) {
				problems.add(new RowProblem(row.line(), "the parent '" + row.get(MetricColumn.PARENT) + "' is not a North Star or input of product "
						+ row.get(MetricColumn.PRODUCT) + "; name one in the model or the table"));
			}
			// formulas and followed North Stars name metrics that later rows may add: once every metric is there
			for (Row row : rows) {
				if (!row.kind().equals("product") && !pending.contains(row)) {
					references(model, row);
				}
			}
			changed = (int) changedElements.stream().filter(e -> !created.contains(e)).count();
		}

		private boolean placeable(NorthStarModel model, Row row) {
			if (!row.kind().equals("input") || !row.has(MetricColumn.PARENT)) {
				return true;
			}
			Product product = product(model, row.get(MetricColumn.PRODUCT));
			return row.get(MetricColumn.PARENT).equals(product.getName()) || metric(product, row.get(MetricColumn.PARENT)) != null;
		}

		private void row(NorthStarModel model, Row row) {
			Product product = product(model, row.get(MetricColumn.PRODUCT));
			try {
				if (row.kind().equals("product")) {
					set(product, ElementProperty.VALUE_STATEMENT, row.get(MetricColumn.DESCRIPTION), row.has(MetricColumn.DESCRIPTION));
					set(product, ElementProperty.GAME, literal(row.get(MetricColumn.GAME)), row.has(MetricColumn.GAME));
					return;
				}
				Metric metric = metric(product, row.get(MetricColumn.NAME));
				if (metric != null && !MetricKinds.kind(metric).equals(row.kind())) {
					throw new IllegalArgumentException("'" + metric.getName() + "' is " + MetricKinds.kind(metric) + " in the model, not " + row.kind());
				}
				metric = metric == null ? create(model, product, row) : place(product, metric, row);
				attributes(product, metric, row);
			} catch (IllegalArgumentException e) {
				problems.add(new RowProblem(row.line(), e.getMessage()));
			}
		}

		private Product product(NorthStarModel model, String name) {
			Optional<Product> found = model.getProducts().stream().filter(p -> name.equals(p.getName())).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			NamedElement product = TreeEdits.add(model, ElementKind.PRODUCT, null);
			product.setName(name);
			created.add(product);
			added++;
			return (Product) product;
		}

		private Metric create(NorthStarModel model, Product product, Row row) {
			EObject parent = parent(product, row);
			ElementKind kind = switch (row.kind()) {
				case "northstar" -> ElementKind.NORTH_STAR;
				case "guardrail" -> ElementKind.GUARDRAIL;
				case "kpi" -> ElementKind.KPI;
				default -> parent instanceof Input ? ElementKind.SUB_INPUT : ElementKind.INPUT;
			};
			NamedElement metric = TreeEdits.add(model, kind, kind == ElementKind.SUB_INPUT ? parent : product);
			metric.setName(row.get(MetricColumn.NAME));
			if (metric instanceof Kpi kpi && !row.has(MetricColumn.PARENT)) {
				kpi.setFollows(null); // a new KPI follows the North Star unless the table says it follows none
			}
			created.add(metric);
			added++;
			return (Metric) metric;
		}

		/** Moves an input whose parent in the table is another one. */
		private Metric place(Product product, Metric metric, Row row) {
			if (metric instanceof Input input && row.has(MetricColumn.PARENT)) {
				EObject parent = parent(product, row);
				Metric now = ProductMetrics.parentOf(input).orElse(null);
				if (parent != now && !(parent == product && now instanceof NorthStar)) {
					TreeEdits.move(input, parent instanceof NorthStar ? product : parent);
					changedElements.add(input);
				}
			}
			return metric;
		}

		/** An input's parent: an input, or the product (for a direct input, whose parent is the North Star). */
		private EObject parent(Product product, Row row) {
			if (!row.kind().equals("input") || !row.has(MetricColumn.PARENT) || row.get(MetricColumn.PARENT).equals(product.getName())) {
				return product;
			}
			Metric parent = metric(product, row.get(MetricColumn.PARENT));
			if (parent instanceof Input input) {
				return input;
			}
			if (parent instanceof NorthStar) {
				return product;
			}
			throw new IllegalArgumentException("the parent '" + row.get(MetricColumn.PARENT) + "' is a " + MetricKinds.kind(parent)
					+ "; an input hangs from the North Star or another input");
		}

		private void attributes(Product product, Metric metric, Row row) {
			set(metric, ElementProperty.DESCRIPTION, row.get(MetricColumn.DESCRIPTION), row.has(MetricColumn.DESCRIPTION));
			set(metric, ElementProperty.UNIT, row.get(MetricColumn.UNIT), row.has(MetricColumn.UNIT));
			set(metric, ElementProperty.WINDOW, literal(row.get(MetricColumn.WINDOW)), row.has(MetricColumn.WINDOW));
			set(metric, ElementProperty.DIRECTION, literal(row.get(MetricColumn.DIRECTION)), row.has(MetricColumn.DIRECTION));
			only(metric, row, MetricColumn.DIMENSION, ElementProperty.DIMENSION, "an input");
			only(metric, row, MetricColumn.RELATION, ElementProperty.RELATION, "an input");
			only(metric, row, MetricColumn.THRESHOLD, ElementProperty.THRESHOLD, "a guardrail");
			if (row.has(MetricColumn.OWNERS)) {
				if (!(metric instanceof Input)) {
					throw new IllegalArgumentException("only an input has owners; this row is " + row.kind());
				}
				row.owners().forEach(owner -> team(product, owner));
				set(metric, ElementProperty.OWNERS, String.join(", ", row.owners()), true);
			}
			if (row.has(MetricColumn.TARGET)) {
				target(metric, new BigDecimal(row.get(MetricColumn.TARGET)), LocalDate.parse(row.get(MetricColumn.TARGET_DATE)));
			}
		}

		private void references(NorthStarModel model, Row row) {
			Product product = product(model, row.get(MetricColumn.PRODUCT));
			Metric metric = metric(product, row.get(MetricColumn.NAME));
			if (metric == null || !MetricKinds.kind(metric).equals(row.kind())) {
				return; // refused above
			}
			try {
				if (row.kind().equals("kpi") && row.has(MetricColumn.PARENT)) {
					set(metric, ElementProperty.FOLLOWS, row.get(MetricColumn.PARENT), true);
				}
				if (row.has(MetricColumn.FORMULA)) {
					formula(product, metric, row.get(MetricColumn.FORMULA));
				}
				if (row.has(MetricColumn.OVERLAPS)) {
					overlaps(product, metric, row.names(MetricColumn.OVERLAPS));
				}
			} catch (IllegalArgumentException e) {
				problems.add(new RowProblem(row.line(), e.getMessage()));
			}
		}

		private void only(Metric metric, Row row, MetricColumn column, ElementProperty property, String holder) {
			if (!row.has(column)) {
				return;
			}
			if (!ElementProperty.of(metric).contains(property)) {
				throw new IllegalArgumentException("only " + holder + " has a " + column.header() + "; this row is " + row.kind());
			}
			set(metric, property, column == MetricColumn.THRESHOLD ? row.get(column) : literal(row.get(column)), true);
		}

		/** Sets what the cell says when it says something other than the model. */
		private void set(EObject element, ElementProperty property, String value, boolean given) {
			if (!given || same(property, property.get(element), value)) {
				return;
			}
			property.set(element, value);
			changedElements.add(element);
		}

		private static boolean same(ElementProperty property, String now, String value) {
			if (property == ElementProperty.THRESHOLD && !now.isEmpty()) {
				return new BigDecimal(now).compareTo(new BigDecimal(value)) == 0;
			}
			if (property == ElementProperty.OWNERS) {
				return Set.copyOf(List.of(now.split(",\\s*"))).equals(Set.copyOf(List.of(value.split(",\\s*"))));
			}
			return now.equals(value);
		}

		/** A team by that name that the model sees (in its package, or one it imports), or a new one in this file. */
		private void team(Product product, String name) {
			NorthStarModel model = (NorthStarModel) product.eContainer();
			boolean known = product.eResource().getResourceSet().getResources().stream().anyMatch(resource -> {
				for (var all = resource.getAllContents(); all.hasNext();) {
					if (all.next() instanceof Team team && name.equals(team.getName()) && visible(model, (NorthStarModel) team.eContainer())) {
						return true;
					}
				}
				return false;
			});
			if (!known) {
				NamedElement team = TreeEdits.add((NorthStarModel) product.eContainer(), ElementKind.TEAM, null);
				team.setName(name);
				created.add(team);
				added++;
			}
		}

		private void formula(Product product, Metric metric, String text) {
			if (MetricFacts.formula(metric).replaceAll("\\s+", "").equals(text.replaceAll("\\s+", ""))) {
				return;
			}
			IParseResult parsed = parser.parse(grammar.getExpressionRule(), new StringReader(text));
			if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof Expression expression)) {
				throw new IllegalArgumentException("the formula '" + text + "' cannot be read; write terms and numbers with + - * / and parentheses");
			}
			List<MetricReference> references = new ArrayList<>();
			if (expression instanceof MetricReference reference) {
				references.add(reference);
			}
			expression.eAllContents().forEachRemaining(e -> {
				if (e instanceof MetricReference reference) {
					references.add(reference);
				}
			});
			for (MetricReference reference : references) {
				String name = NodeModelUtils.getTokenText(NodeModelUtils.findNodesForFeature(reference, Literals.METRIC_REFERENCE__METRIC).get(0));
				Metric term = metric(product, name);
				if (term == null) {
					throw new IllegalArgumentException("the formula names '" + name + "', which is no metric of product " + product.getName());
				}
				reference.setMetric(term);
			}
			// a copy without the parser's node model: the serializer writes it as new text
			metric.setFormula(EcoreUtil.copy(expression));
			changedElements.add(metric);
		}

		private void overlaps(Product product, Metric metric, List<String> names) {
			if (!(metric instanceof Input input)) {
				throw new IllegalArgumentException("only an input overlaps others; this row is " + MetricKinds.kind(metric));
			}
			List<Input> overlapped = new ArrayList<>();
			for (String name : names) {
				if (!(metric(product, name) instanceof Input other)) {
					throw new IllegalArgumentException("'" + name + "' (overlaps) is no input of product " + product.getName());
				}
				overlapped.add(other);
			}
			if (!overlapped.equals(input.getOverlaps())) {
				input.getOverlaps().clear();
				input.getOverlaps().addAll(overlapped);
				changedElements.add(input);
			}
		}

		/** The target of that date takes the value; a target of another date is added. */
		private void target(Metric metric, BigDecimal value, LocalDate date) {
			Optional<Target> same = metric.getTargets().stream().filter(t -> date.equals(t.getDate())).findFirst();
			if (same.isPresent()) {
				if (same.get().getValue() == null || same.get().getValue().compareTo(value) != 0) {
					same.get().setValue(value);
					changedElements.add(metric);
				}
				return;
			}
			Target target = NorthStarFactory.eINSTANCE.createTarget();
			target.setValue(value);
			target.setDate(date);
			metric.getTargets().add(target);
			changedElements.add(metric);
		}
	}

	private static boolean visible(NorthStarModel from, NorthStarModel in) {
		String namespace = in.getName() == null ? "" : in.getName();
		String own = from.getName() == null ? "" : from.getName();
		return namespace.equals(own) || from.getImports().stream().anyMatch(i -> i.getImportedNamespace() != null
				&& i.getImportedNamespace().replaceFirst("\\.\\*$", "").equals(namespace));
	}

	private static Metric metric(Product product, String name) {
		return ProductMetrics.metricsOf(product).stream().filter(m -> name.equals(m.getName())).findFirst().orElse(null);
	}

	/** Enumeration cells as the language writes them: "Weekly" is weekly. */
	private static String literal(String cell) {
		return cell.toLowerCase(Locale.ROOT);
	}
}
