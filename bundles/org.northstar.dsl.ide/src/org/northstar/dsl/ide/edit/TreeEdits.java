package org.northstar.dsl.ide.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarFactory;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.ProductMember;
import org.northstar.model.Team;
import org.northstar.model.TopLevelElement;
import org.northstar.model.WorkStream;

/**
 * The structural changes of a tree editor, made to a loaded model inside
 * {@link ModelEdits#edit}: add, move, copy and remove elements. New elements go where an analyst
 * would write them (an input after the last input, a team before the first product), so the
 * minimal text edit lands in the expected place.
 */
public final class TreeEdits {

	private static final NorthStarFactory CREATE = NorthStarFactory.eINSTANCE;

	private TreeEdits() {
	}

	/**
	 * Adds a new element of {@code kind} next to or under {@code selected} (an element of
	 * {@code model}, or null) with a name unused in its scope, and returns it.
	 *
	 * @throws IllegalArgumentException when {@code kind} cannot be added there (see {@link ElementKind#addableAt})
	 */
	public static NamedElement add(NorthStarModel model, ElementKind kind, EObject selected) {
		if (!ElementKind.addableAt(selected).contains(kind)) {
			String what = kind.withArticle();
			throw new IllegalArgumentException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " cannot be added here.");
		}
		return switch (kind) {
			case PRODUCT -> addTopLevel(model, CREATE.createProduct(), kind);
			case TEAM -> addTopLevel(model, CREATE.createTeam(), kind);
			case SUB_INPUT -> addSubInput((Input) selected);
			default -> addMember(productOf(selected), kind, selected);
		};
	}

	/** Whether {@code input} may hang under {@code parent}: an input of the same product, its North Star or the product, never its own subtree. */
	public static boolean canMove(EObject input, EObject parent) {
		if (!(input instanceof Input) || parent == null || parent == input.eContainer() && parent instanceof Input) {
			return false;
		}
		if (!(parent instanceof Input || parent instanceof NorthStar || parent instanceof Product)) {
			return false;
		}
		return !EcoreUtil.isAncestor(input, parent) && productOf(parent) == productOf(input);
	}

	/** Hangs {@code input} under {@code parent}: as a sub-input of an input, or as a direct input of the product. */
	public static void move(Input input, EObject parent) {
		if (!canMove(input, parent)) {
			throw new IllegalArgumentException("'" + input.getName() + "' cannot be moved there.");
		}
		if (parent instanceof Input target) {
			target.getInputs().add(input);
		} else {
			Product product = productOf(parent);
			if (input.eContainer() == product) {
				return; // already a direct input
			}
			product.getMembers().add(insertionIndex(product, ElementKind.INPUT), input);
		}
	}

	/**
	 * Puts a copy of {@code original}'s subtree under {@code parent} (an input, or anything of its
	 * product for a direct input), each copied element renamed to a name unused in the product.
	 */
	public static NamedElement paste(NamedElement original, EObject parent) {
		refuseUndefinedNames(original);
		NamedElement copy = EcoreUtil.copy(original);
		if (original instanceof Input && parent instanceof Input target) {
			target.getInputs().add((Input) copy);
		} else if (original instanceof ProductMember && parent != null && productOf(parent) != null) {
			Product product = productOf(parent);
			product.getMembers().add(insertionIndex(product, ElementKind.of(original)), (ProductMember) copy);
		} else {
			throw new IllegalArgumentException("A copy of '" + original.getName() + "' cannot be pasted here.");
		}
		Set<String> taken = namesIn(productOf(parent));
		List<NamedElement> copied = new java.util.ArrayList<>();
		copied.add(copy);
		copy.eAllContents().forEachRemaining(e -> {
			if (e instanceof NamedElement named) {
				copied.add(named);
			}
		});
		for (NamedElement element : copied) {
			element.setName(unused(element.getName() + "Copy", taken));
			taken.add(element.getName());
		}
		return copy;
	}

	/**
	 * A copy is written out in full, and a reference can only be written as a name that is defined:
	 * a subtree that refers to a deleted element cannot be pasted until that reference is fixed.
	 */
	private static void refuseUndefinedNames(NamedElement original) {
		List<EObject> subtree = new java.util.ArrayList<>(List.of(original));
		original.eAllContents().forEachRemaining(subtree::add);
		for (EObject element : subtree) {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
					continue;
				}
				Object value = element.eGet(reference, true);
				List<?> values = value instanceof List<?> list ? list : List.of(value);
				if (values.stream().anyMatch(target -> ((EObject) target).eIsProxy())) {
					String written = NodeModelUtils.findNodesForFeature(element, reference).stream()
							.map(node -> NodeModelUtils.getTokenText(node)).findFirst().orElse("a name");
					throw new IllegalArgumentException("A copy of '" + original.getName() + "' cannot be pasted: it refers to '"
							+ written + "', which is not defined. Fix that reference first.");
				}
			}
		}
	}

	/** Removes the element and everything it contains; references to them elsewhere are left to the validator. */
	public static void remove(EObject element) {
		EcoreUtil.remove(element);
	}

	/** The product an element belongs to, or null for teams and the file. */
	public static Product productOf(EObject element) {
		return element == null ? null : EcoreUtil2.getContainerOfType(element, Product.class);
	}

	private static NamedElement addTopLevel(NorthStarModel model, TopLevelElement element, ElementKind kind) {
		Set<String> taken = new HashSet<>();
		model.getElements().forEach(e -> taken.add(((NamedElement) e).getName()));
		NamedElement named = (NamedElement) element;
		named.setName(unused(kind.namePrefix(), taken));
		if (element instanceof Team) {
			int firstProduct = model.getTeams().isEmpty() ? firstProductIndex(model) : model.getElements().indexOf(last(model.getTeams())) + 1;
			model.getElements().add(firstProduct, element);
		} else {
			model.getElements().add(element);
		}
		return named;
	}

	private static int firstProductIndex(NorthStarModel model) {
		return model.getProducts().isEmpty() ? model.getElements().size() : model.getElements().indexOf(model.getProducts().get(0));
	}

	private static Input addSubInput(Input parent) {
		Input input = CREATE.createInput();
		input.setName(unused(ElementKind.SUB_INPUT.namePrefix(), namesIn(productOf(parent))));
		parent.getInputs().add(input);
		return input;
	}

	private static NamedElement addMember(Product product, ElementKind kind, EObject selected) {
		ProductMember member = switch (kind) {
			case NORTH_STAR -> CREATE.createNorthStar();
			case INPUT -> CREATE.createInput();
			case GUARDRAIL -> CREATE.createGuardrail();
			case KPI -> kpiFollowing(product);
			case WORK_STREAM -> workStreamFor(selected);
			default -> throw new IllegalArgumentException(kind.label());
		};
		NamedElement named = (NamedElement) member;
		named.setName(unused(kind.namePrefix(), namesIn(product)));
		product.getMembers().add(insertionIndex(product, kind), member);
		return named;
	}

	/** A new KPI follows the product's North Star, when it has one: that is what a KPI is for. */
	private static Kpi kpiFollowing(Product product) {
		Kpi kpi = CREATE.createKpi();
		if (!product.getNorthStars().isEmpty()) {
			kpi.setFollows(product.getNorthStars().get(0));
		}
		return kpi;
	}

	/** A work stream made on an input targets it. */
	private static WorkStream workStreamFor(EObject selected) {
		WorkStream workStream = CREATE.createWorkStream();
		if (selected instanceof Input input) {
			workStream.setTarget(input);
		}
		return workStream;
	}

	/** After the last member of the same or an earlier rank: North Stars, inputs, guardrails, KPIs, work streams. */
	private static int insertionIndex(Product product, ElementKind kind) {
		int rank = rank(kind);
		List<ProductMember> members = product.getMembers();
		for (int i = members.size() - 1; i >= 0; i--) {
			ElementKind other = ElementKind.of(members.get(i));
			if (other == null ? rank >= 1 : rank(other) <= rank) {
				return i + 1;
			}
		}
		return 0;
	}

	private static int rank(ElementKind kind) {
		return switch (kind) {
			case NORTH_STAR -> 0;
			case INPUT, SUB_INPUT -> 2;
			case GUARDRAIL -> 3;
			case KPI -> 4;
			default -> 5;
		};
	}

	/** The names of the product's elements; metrics and work streams share the product's name space. */
	static Set<String> namesIn(Product product) {
		Set<String> names = new HashSet<>();
		if (product != null) {
			product.eAllContents().forEachRemaining(e -> {
				if (e instanceof NamedElement named && named.getName() != null) {
					names.add(named.getName());
				}
			});
		}
		return names;
	}

	private static String unused(String base, Set<String> taken) {
		String stem = base.replaceAll("\\d+$", "");
		if (!taken.contains(base)) {
			return base;
		}
		int n = 2;
		while (taken.contains(stem + n)) {
			n++;
		}
		return stem + n;
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}
}
