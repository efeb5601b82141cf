package org.northstar.diagram.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.contexts.Context;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.keys.IBindingService;
import org.northstar.diagram.commands.DiagramCommands;

/**
 * Tool tips that name a command's key as it is bound now, so that a key changed in General > Keys
 * shows in the diagram's tool bar too. The workbench's "active" bindings cannot tell: the diagram's
 * keys belong to a context that is active only while the canvas has the focus, not while the mouse
 * rests on the tool bar. So the key is read from every binding the way the Keys page reads it: the
 * active scheme and its parents, the diagram's context and its parents, a person's own binding
 * before the product's, a removed binding removed. The tips are written again whenever the mouse
 * enters the tool bar.
 */
final class KeyTips {

	private record Tip(ToolItem item, String text, String command, String otherWay) {
	}

	private final IWorkbench workbench;
	private final List<Tip> tips = new ArrayList<>();

	KeyTips(IWorkbench workbench, ToolBar toolBar) {
		this.workbench = workbench;
		toolBar.addListener(SWT.MouseEnter, event -> refresh());
	}

	/**
	 * Gives {@code item} the tip {@code text (KEY)}, or {@code text (KEY, or otherWay)} when there is
	 * another way ({@code otherWay} may be null), or {@code text (otherWay)} while no key is bound.
	 */
	void add(ToolItem item, String text, String command, String otherWay) {
		Tip tip = new Tip(item, text, command, otherWay);
		tips.add(tip);
		show(tip);
	}

	private void refresh() {
		tips.forEach(this::show);
	}

	private void show(Tip tip) {
		if (tip.item().isDisposed()) {
			return;
		}
		String key = keyOf(tip.command());
		List<String> ways = new ArrayList<>();
		if (key != null) {
			ways.add(key);
		}
		if (tip.otherWay() != null) {
			ways.add(key == null ? tip.otherWay() : "or " + tip.otherWay());
		}
		tip.item().setToolTipText(ways.isEmpty() ? tip.text() : tip.text() + " (" + String.join(", ", ways) + ")");
	}

	/** The first key bound to {@code command} in the diagram's context or one of its parents, formatted, or null. */
	String keyOf(String command) {
		IBindingService bindings = workbench.getService(IBindingService.class);
		List<String> schemes = schemeChain(bindings);
		Set<String> contexts = contextChain(workbench.getService(IContextService.class), DiagramCommands.CONTEXT);
		Map<List<Object>, Binding> effective = new LinkedHashMap<>();
		for (Binding binding : bindings.getBindings()) {
			if (!schemes.contains(binding.getSchemeId()) || !contexts.contains(binding.getContextId())
					|| binding.getPlatform() != null && !binding.getPlatform().equals(SWT.getPlatform())) {
				continue;
			}
			List<Object> trigger = List.of(binding.getTriggerSequence(), binding.getContextId());
			Binding before = effective.get(trigger);
			if (before == null || outranks(binding, before, schemes)) {
				effective.put(trigger, binding);
			}
		}
		return effective.values().stream()
				.filter(binding -> binding.getParameterizedCommand() != null && command.equals(binding.getParameterizedCommand().getId()))
				.map(Binding::getTriggerSequence).map(TriggerSequence::format).findFirst().orElse(null);
	}

	/** A person's binding (or removal) before the product's; a scheme's own before its parent's. */
	private static boolean outranks(Binding binding, Binding before, List<String> schemes) {
		if (binding.getType() != before.getType()) {
			return binding.getType() == Binding.USER;
		}
		return schemes.indexOf(binding.getSchemeId()) < schemes.indexOf(before.getSchemeId());
	}

	private static List<String> schemeChain(IBindingService bindings) {
		List<String> chain = new ArrayList<>();
		try {
			for (Scheme at = bindings.getActiveScheme(); at != null && at.isDefined() && !chain.contains(at.getId());) {
				chain.add(at.getId());
				at = at.getParentId() == null ? null : bindings.getScheme(at.getParentId());
			}
		} catch (NotDefinedException e) {
			// a scheme whose parent is not defined: the chain ends there
		}
		return chain;
	}

	private static Set<String> contextChain(IContextService contexts, String id) {
		Set<String> chain = new HashSet<>();
		try {
			for (String at = id; at != null && chain.add(at);) {
				Context context = contexts.getContext(at);
				at = context.isDefined() ? context.getParentId() : null;
			}
		} catch (NotDefinedException e) {
			// a context whose parent is not defined: the chain ends there
		}
		return chain;
	}
}
