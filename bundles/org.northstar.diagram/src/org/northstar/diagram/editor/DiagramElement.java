package org.northstar.diagram.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.northstar.diagram.properties.ElementPropertySource;

/**
 * A selected node of the diagram: the element's key and the editor that shows it. The Properties
 * view asks it for its property source, which reads the editor's latest snapshot and writes
 * through the editor's document.
 */
public record DiagramElement(String key, DiagramEditor editor) implements IAdaptable {

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySource.class) {
			return adapter.cast(new ElementPropertySource(key, editor));
		}
		return null;
	}

	@Override
	public String toString() {
		return key;
	}
}
