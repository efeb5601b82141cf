package org.northstar.diagram.properties;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.northstar.dsl.ide.edit.ElementProperty;

/** A text property whose cell checks the value before it is written and offers the names it may use. */
final class CheckedPropertyDescriptor extends PropertyDescriptor {

	private final Function<String, String> refusal;
	private final Supplier<List<String>> names;

	CheckedPropertyDescriptor(ElementProperty property, Function<String, String> refusal, Supplier<List<String>> names) {
		super(property, property.label());
		this.refusal = refusal;
		this.names = names;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return new CheckedCellEditor(parent, refusal, names);
	}
}
