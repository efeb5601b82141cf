package org.northstar.studio;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.EventHandler;

/**
 * The window of a first start takes the whole screen. Left alone, the workbench opens it at 1024x768
 * whatever the screen, and the perspective's four columns squeeze the welcome. A model processor that
 * runs only when no window state was saved (apply="initial" in plugin.xml): afterwards the window keeps
 * the size the user gave it. The window is maximised for the window manager, and, because without
 * one (a virtual display) maximising does nothing, also sized to the screen as it first shows.
 */
public class FirstWindowFitsTheScreen {

	@Execute
	public void fit(MApplication application, IEventBroker events) {
		for (MWindow window : application.getChildren()) {
			window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
		}
		EventHandler[] handler = new EventHandler[1];
		handler[0] = event -> {
			if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MWindow window
					&& application.getChildren().contains(window)
					&& event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Shell shell) {
				events.unsubscribe(handler[0]);
				shell.addListener(SWT.Show, new Listener() {
					@Override
					public void handleEvent(Event shown) {
						shell.removeListener(SWT.Show, this);
						shell.setBounds(shell.getMonitor().getClientArea());
						shell.setMaximized(true); // setting the bounds took it back
					}
				});
			}
		};
		events.subscribe(UIEvents.UIElement.TOPIC_WIDGET, handler[0]);
	}
}
