package org.northstar.diagram.properties;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.dsl.ide.edit.ModelSnapshot;

/**
 * Every attribute of a diagram element in the Properties view: enumerations as drop-downs, the
 * rest as text in the form the text editor would hold it. Values are read from the editor's
 * latest parse and written through its document, so the view and the text never disagree.
 */
public final class ElementPropertySource implements IPropertySource {

	private final String key;
	private final DiagramEditor editor;

	public ElementPropertySource(String key, DiagramEditor editor) {
		this.key = key;
		this.editor = editor;
	}

	private EObject element() {
		ModelSnapshot snapshot = editor.snapshot();
		return snapshot == null ? null : snapshot.element(key);
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		EObject element = element();
		if (element == null) {
			return new IPropertyDescriptor[0];
		}
		String category = ElementKind.of(element) == null ? "Element" : ElementKind.of(element).label();
		return ElementProperty.of(element).stream().map(property -> {
			PropertyDescriptor descriptor = property.choices().isEmpty()
					? new CheckedPropertyDescriptor(property, value -> refusal(property, value), () -> editor.visibleNames(key, property))
					: new ComboBoxPropertyDescriptor(property, property.label(), property.choices().toArray(String[]::new));
			descriptor.setCategory(category);
			descriptor.setDescription(Hints.of(property));
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	/** Why {@code value} cannot be written into the property, or null (also for a value that did not change). */
	private String refusal(ElementProperty property, String value) {
		EObject element = element();
		if (element != null && value.strip().equals(property.get(element))) {
			return null;
		}
		return editor.refusal(key, property, value);
	}

	@Override
	public Object getPropertyValue(Object id) {
		EObject element = element();
		if (element == null || !(id instanceof ElementProperty property)) {
			return "";
		}
		String value = property.get(element);
		List<String> choices = property.choices();
		return choices.isEmpty() ? value : Integer.valueOf(Math.max(0, choices.indexOf(value)));
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing has a default to go back to: emptying a value removes its clause
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		if (!(id instanceof ElementProperty property)) {
			return;
		}
		String text = value instanceof Integer index ? property.choices().get(index) : String.valueOf(value);
		EObject element = element();
		if (element != null && text.equals(property.get(element))) {
			return; // unchanged: no edit, no undo step
		}
		editor.setProperty(key, property, text);
	}
}
