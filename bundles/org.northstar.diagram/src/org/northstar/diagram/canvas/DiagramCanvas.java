package org.northstar.diagram.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.northstar.scene.Palette;
import org.northstar.scene.Scene;
import org.northstar.scene.WordWrap;

/**
 * The interactive drawing of a scene: select by click, fold by the small button under a node,
 * drag a node onto another, pan by dragging the background or with the wheel, zoom with Ctrl and
 * the wheel, a mini-map for large trees and a banner for messages. It knows boxes by their keys;
 * what a key means is the editor's business.
 */
public final class DiagramCanvas extends Canvas {

	/** What the user did to the diagram. */
	public interface Gestures {
		void selected(String key);

		void toggled(String key);

		void opened(String key);

		boolean canDrop(String key, String target);

		void dropped(String key, String target);
	}

	private static final int TOGGLE_RADIUS = 7;
	private static final int DRAG_THRESHOLD = 6;
	private static final int MINIMAP_WIDTH = 200;
	private static final int MINIMAP_HEIGHT = 140;
	private static final int MINIMAP_GAP = 12;
	private static final int BANNER_MARGIN = 10;

	/** On-screen pixels of the smallest node text at the zoom a diagram opens with and Fit stops at. */
	public static final double READABLE_PIXELS = 12;

	private final Viewport view = new Viewport();
	private final DiagramFonts fonts;
	private final ScenePainter painter;
	private Gestures gestures;
	private Scene scene = new Scene(0, 0, List.of(), List.of(), List.of(), List.of());
	private final Map<String, Scene.Box> boxes = new HashMap<>();
	private Set<String> foldable = Set.of();
	private Set<String> collapsed = Set.of();
	private String selected;
	private String banner;
	/** The banner's lines and height as last painted (the mini-map keeps below it). */
	private List<String> bannerLines = List.of();
	private int bannerHeight;
	private String home;
	private Function<String, String> descriptions = key -> null;
	/** The user zoomed, panned or fitted: from then on the view moves only when asked. */
	private boolean viewChosen;
	/** The last Fit stopped at the readable zoom without showing everything: the next one shows all. */
	private boolean readableFitShown;

	// the gesture in progress
	private Point pressedAt;
	private String pressedKey;
	private boolean dragging;
	private boolean panning;
	private Rectangle draggedMiniMap; // where it was when pressed: it may change corners while the view moves
	private Point mouse = new Point(0, 0);
	private String dropTarget;
	private String paletteDropTarget; // a palette item dragged in from outside the canvas

	public DiagramCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		fonts = new DiagramFonts(getDisplay());
		painter = new ScenePainter(getDisplay(), fonts);
		addPaintListener(event -> paint(event.gc));
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, this::doubleClick);
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.MouseHorizontalWheel, this::wheel);
		addListener(SWT.Resize, event -> {
			if (!viewChosen) {
				placeReadably(); // the editor's area settles (a split, a restored layout) before the user looks
			}
		});
		new NodeToolTip(this);
		addDisposeListener(event -> {
			painter.dispose();
			fonts.dispose();
		});
	}

	public void setGestures(Gestures gestures) {
		this.gestures = gestures;
	}

	/**
	 * Shows a new scene; the view stays where it was once the user moved it. Until then the scene
	 * shows at a readable zoom around the selection or the {@linkplain #setHome home} node.
	 */
	public void setScene(Scene scene, Set<String> foldable, Set<String> collapsed) {
		this.scene = scene;
		this.foldable = foldable;
		this.collapsed = collapsed;
		boxes.clear();
		scene.boxes().forEach(box -> boxes.put(box.element(), box));
		if (!viewChosen) {
			placeReadably();
		}
		redraw();
	}

	/** The node a new view shows when nothing is selected (the North Star); null: the first node. */
	public void setHome(String key) {
		this.home = key;
	}

	/** The zoom at which the smallest text of the scene is {@value #READABLE_PIXELS} pixels high on screen. */
	public double readableZoom() {
		double smallest = scene.texts().stream().mapToDouble(Scene.Text::size).min().orElse(READABLE_PIXELS);
		return READABLE_PIXELS / smallest;
	}

	private void placeReadably() {
		Rectangle area = getClientArea();
		if (area.width <= 0 || area.height <= 0 || scene.boxes().isEmpty()) {
			return;
		}
		Scene.Box focus = boxes.get(selected != null && boxes.containsKey(selected) ? selected : home);
		if (focus == null) {
			focus = scene.boxes().get(0);
		}
		view.showReadable(scene.width(), scene.height(), readableZoom(), focus.x(), focus.y(), focus.width(), focus.height(), area.width,
				area.height);
	}

	/** The user moved the view: it is theirs now, and a Fit starts over at the readable zoom. */
	private void viewMoved() {
		viewChosen = true;
		readableFitShown = false;
	}

	public Scene scene() {
		return scene;
	}

	/** A line across the top of the diagram (null: none), e.g. why the tree is not the text's. */
	public void setBanner(String banner) {
		this.banner = banner;
		redraw();
	}

	public String banner() {
		return banner;
	}

	public String selection() {
		return selected;
	}

	/** Selects the box of {@code key} (null: nothing) and scrolls it into view; no gesture is reported. */
	public void select(String key) {
		selected = key;
		Scene.Box box = key == null ? null : boxes.get(key);
		if (box != null) {
			Rectangle area = getClientArea();
			view.reveal(box.x(), box.y(), box.width(), box.height(), area.width, area.height);
		}
		redraw();
	}

	public Viewport viewport() {
		return view;
	}

	/**
	 * Fit: the whole tree when it can be shown readably, else as much as is readable around the
	 * selection or the North Star; asked again right away, the whole tree however small.
	 */
	public void fit() {
		Rectangle area = getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		double readable = readableZoom();
		boolean fitsReadably = Viewport.fitZoom(scene.width(), scene.height(), area.width, area.height) >= readable;
		if (fitsReadably || readableFitShown) {
			view.fit(scene.width(), scene.height(), area.width, area.height, Math.max(1, readable));
			readableFitShown = false;
		} else {
			placeReadably();
			readableFitShown = true;
		}
		viewChosen = true;
		redraw();
	}

	public void zoomBy(double factor) {
		viewMoved();
		Rectangle area = getClientArea();
		view.zoomAt(factor, area.width / 2.0, area.height / 2.0);
		redraw();
	}

	/** The box of a key on screen, in canvas pixels (null when not drawn), e.g. to place a rename field. */
	public Rectangle screenBounds(String key) {
		Scene.Box box = boxes.get(key);
		if (box == null) {
			return null;
		}
		int x = (int) Math.round(view.toScreenX(box.x()));
		int y = (int) Math.round(view.toScreenY(box.y()));
		return new Rectangle(x, y, (int) Math.round(box.width() * view.zoom()), (int) Math.round(box.height() * view.zoom()));
	}

	/** Marks the node a dragged palette item would hang from (null: none). */
	public void showDropTarget(String key) {
		if (key == null ? paletteDropTarget != null : !key.equals(paletteDropTarget)) {
			paletteDropTarget = key;
			redraw();
		}
	}

	/** The key of the box at a canvas point, or null. */
	public String keyAt(int x, int y) {
		double sx = view.toSceneX(x);
		double sy = view.toSceneY(y);
		List<Scene.Box> all = scene.boxes();
		for (int i = all.size() - 1; i >= 0; i--) {
			Scene.Box box = all.get(i);
			if (sx >= box.x() && sx <= box.x() + box.width() && sy >= box.y() && sy <= box.y() + box.height()) {
				return box.element();
			}
		}
		return null;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		painter.paint(gc, scene, view, area.width, area.height);
		gc.setTransform(null);
		if (selected != null) {
			outline(gc, selected, "#1c7ed6", 3);
		}
		if (dragging && dropTarget != null) {
			outline(gc, dropTarget, "#2f9e44", 3);
		}
		if (paletteDropTarget != null) {
			outline(gc, paletteDropTarget, "#2f9e44", 3);
		}
		paintToggles(gc);
		if (dragging && pressedKey != null) {
			paintDragGhost(gc);
		}
		layOutBanner(gc, area);
		paintMiniMap(gc, area);
		paintBanner(gc, area);
	}

	private void outline(GC gc, String key, String color, int width) {
		Rectangle bounds = screenBounds(key);
		if (bounds != null) {
			gc.setForeground(painter.color(color));
			gc.setLineWidth(width);
			gc.drawRoundRectangle(bounds.x - 2, bounds.y - 2, bounds.width + 4, bounds.height + 4, 14, 14);
			gc.setLineWidth(1);
		}
	}

	private void paintToggles(GC gc) {
		gc.setFont(getFont());
		for (String key : foldable) {
			Point centre = toggleCentre(key);
			if (centre == null) {
				continue;
			}
			gc.setBackground(painter.color(Palette.PAPER));
			gc.fillOval(centre.x - TOGGLE_RADIUS, centre.y - TOGGLE_RADIUS, 2 * TOGGLE_RADIUS, 2 * TOGGLE_RADIUS);
			gc.setForeground(painter.color(Palette.MUTED));
			gc.drawOval(centre.x - TOGGLE_RADIUS, centre.y - TOGGLE_RADIUS, 2 * TOGGLE_RADIUS, 2 * TOGGLE_RADIUS);
			gc.drawLine(centre.x - 3, centre.y, centre.x + 3, centre.y);
			if (collapsed.contains(key)) {
				gc.drawLine(centre.x, centre.y - 3, centre.x, centre.y + 3);
			}
		}
	}

	/** Folded nodes show the count of what they hide where the button would be; their button sits to its right. */
	private Point toggleCentre(String key) {
		Rectangle bounds = screenBounds(key);
		if (bounds == null || bounds.width < 40) {
			return null;
		}
		int x = bounds.x + bounds.width / 2 + (collapsed.contains(key) ? (int) (30 * view.zoom()) + TOGGLE_RADIUS : 0);
		return new Point(x, bounds.y + bounds.height);
	}

	private void paintDragGhost(GC gc) {
		Rectangle bounds = screenBounds(pressedKey);
		if (bounds == null) {
			return;
		}
		gc.setAlpha(90);
		gc.setBackground(painter.color("#1c7ed6"));
		gc.fillRoundRectangle(mouse.x - bounds.width / 2, mouse.y - 10, bounds.width, bounds.height, 12, 12);
		gc.setAlpha(255);
	}

	/** Where the mini-map is drawn now (canvas pixels), or null when it is not: the tree is all in view, or it would cover a node. */
	public Rectangle miniMap() {
		return miniMapArea(getClientArea());
	}

	/** A corner of the canvas that covers no node; none free, no mini-map (nodes matter more than the overview). */
	private Rectangle miniMapArea(Rectangle area) {
		boolean needed = scene.width() * view.zoom() > area.width || scene.height() * view.zoom() > area.height;
		if (!needed || area.width < 2 * MINIMAP_WIDTH || area.height < 2 * MINIMAP_HEIGHT) {
			return null;
		}
		int left = MINIMAP_GAP;
		int right = area.width - MINIMAP_WIDTH - MINIMAP_GAP;
		int top = MINIMAP_GAP + bannerHeight;
		int bottom = area.height - MINIMAP_HEIGHT - MINIMAP_GAP;
		for (Point corner : new Point[] { new Point(right, bottom), new Point(left, bottom), new Point(right, top), new Point(left, top) }) {
			Rectangle map = new Rectangle(corner.x, corner.y, MINIMAP_WIDTH, MINIMAP_HEIGHT);
			if (!coversNode(map)) {
				return map;
			}
		}
		return null;
	}

	/** Whether the map (with a small gap around it) would lie over a node or its fold button; compared in scene units, as painting does. */
	private boolean coversNode(Rectangle map) {
		double left = view.toSceneX(map.x - MINIMAP_GAP / 2.0);
		double top = view.toSceneY(map.y - MINIMAP_GAP / 2.0);
		double right = view.toSceneX(map.x + map.width + MINIMAP_GAP / 2.0);
		double bottom = view.toSceneY(map.y + map.height + MINIMAP_GAP / 2.0);
		double button = TOGGLE_RADIUS / view.zoom();
		for (Scene.Box box : scene.boxes()) {
			if (ScenePainter.overlaps(box.x(), box.y(), box.width(), box.height() + button, left, top, right, bottom)) {
				return true;
			}
		}
		return false;
	}

	private double miniMapScale(Rectangle map) {
		return Math.min(map.width / Math.max(1, scene.width()), map.height / Math.max(1, scene.height()));
	}

	private void paintMiniMap(GC gc, Rectangle area) {
		Rectangle map = draggedMiniMap != null ? draggedMiniMap : miniMapArea(area);
		if (map == null) {
			return;
		}
		double scale = miniMapScale(map);
		gc.setAlpha(235);
		gc.setBackground(painter.color("#f8f9fa"));
		gc.fillRectangle(map);
		gc.setAlpha(255);
		gc.setForeground(painter.color(Palette.EDGE));
		gc.drawRectangle(map);
		for (Scene.Box box : scene.boxes()) {
			gc.setBackground(painter.color(box.stroke()));
			gc.fillRectangle(map.x + (int) (box.x() * scale), map.y + (int) (box.y() * scale), Math.max(1, (int) (box.width() * scale)),
					Math.max(1, (int) (box.height() * scale)));
		}
		gc.setForeground(painter.color("#1c7ed6"));
		gc.setLineWidth(2);
		gc.drawRectangle(map.x + (int) (view.x() * scale), map.y + (int) (view.y() * scale), (int) (area.width / view.zoom() * scale),
				(int) (area.height / view.zoom() * scale));
		gc.setLineWidth(1);
	}

	/** The banner wraps to the canvas's width: a narrow diagram (beside its source) still shows all of it. */
	private void layOutBanner(GC gc, Rectangle area) {
		if (banner == null) {
			bannerLines = List.of();
			bannerHeight = 0;
			return;
		}
		gc.setFont(getFont());
		bannerLines = WordWrap.lines(banner, area.width - 2 * BANNER_MARGIN, text -> gc.textExtent(text).x);
		bannerHeight = bannerLines.size() * gc.getFontMetrics().getHeight() + 12;
	}

	private void paintBanner(GC gc, Rectangle area) {
		if (bannerLines.isEmpty()) {
			return;
		}
		gc.setBackground(painter.color("#fff3bf"));
		gc.fillRectangle(0, 0, area.width, bannerHeight);
		gc.setForeground(painter.color("#5c3c00"));
		int lineHeight = gc.getFontMetrics().getHeight();
		for (int i = 0; i < bannerLines.size(); i++) {
			gc.drawText(bannerLines.get(i), BANNER_MARGIN, 6 + i * lineHeight, true);
		}
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			if (event.button == 3) {
				selectByGesture(keyAt(event.x, event.y)); // the context menu acts on what is under the mouse
			}
			return;
		}
		setFocus();
		pressedAt = new Point(event.x, event.y);
		Rectangle map = miniMapArea(getClientArea());
		if (map != null && map.contains(event.x, event.y)) {
			draggedMiniMap = map;
			viewMoved();
			centreOnMiniMap(map, event.x, event.y);
			return;
		}
		String toggle = toggleAt(event.x, event.y);
		if (toggle != null) {
			pressedAt = null;
			if (gestures != null) {
				gestures.toggled(toggle);
			}
			return;
		}
		pressedKey = keyAt(event.x, event.y);
		panning = pressedKey == null;
		selectByGesture(pressedKey);
	}

	private void selectByGesture(String key) {
		if (key == null ? selected != null : !key.equals(selected)) {
			selected = key;
			redraw();
			if (gestures != null) {
				gestures.selected(key);
			}
		}
	}

	private void mouseMove(Event event) {
		Point previous = mouse;
		mouse = new Point(event.x, event.y);
		if (pressedAt == null) {
			return; // the tooltip follows the mouse by itself
		}
		if (draggedMiniMap != null) {
			centreOnMiniMap(draggedMiniMap, event.x, event.y);
		} else if (panning) {
			viewMoved();
			view.panBy(event.x - previous.x, event.y - previous.y);
			redraw();
		} else if (pressedKey != null && (dragging || Math.abs(event.x - pressedAt.x) + Math.abs(event.y - pressedAt.y) > DRAG_THRESHOLD)) {
			dragging = true;
			String target = keyAt(event.x, event.y);
			dropTarget = target != null && gestures != null && gestures.canDrop(pressedKey, target) ? target : null;
			redraw();
		}
	}

	private void mouseUp(Event event) {
		if (dragging && dropTarget != null && gestures != null) {
			gestures.dropped(pressedKey, dropTarget);
		}
		pressedAt = null;
		pressedKey = null;
		dragging = false;
		panning = false;
		draggedMiniMap = null;
		dropTarget = null;
		redraw();
	}

	private void doubleClick(Event event) {
		String key = keyAt(event.x, event.y);
		if (key != null && gestures != null) {
			gestures.opened(key);
		}
	}

	private void wheel(Event event) {
		viewMoved();
		if ((event.stateMask & SWT.MOD1) != 0) {
			view.zoomAt(event.count > 0 ? 1.1 : 1 / 1.1, event.x, event.y);
		} else if (event.type == SWT.MouseHorizontalWheel || (event.stateMask & SWT.SHIFT) != 0) {
			view.panBy(event.count * 12, 0);
		} else {
			view.panBy(0, event.count * 12);
		}
		event.doit = false;
		redraw();
	}

	private void centreOnMiniMap(Rectangle map, int x, int y) {
		double scale = miniMapScale(map);
		Rectangle area = getClientArea();
		view.centreOn((x - map.x) / scale, (y - map.y) / scale, area.width, area.height);
		redraw();
	}

	private String toggleAt(int x, int y) {
		for (String key : foldable) {
			Point centre = toggleCentre(key);
			if (centre != null && Math.hypot(x - centre.x, y - centre.y) <= TOGGLE_RADIUS + 2) {
				return key;
			}
		}
		return null;
	}

	/** The Markdown of the tooltip at a canvas point: a badge's findings, else the node's description; null: none. */
	String tooltipAt(int x, int y) {
		double sx = view.toSceneX(x);
		double sy = view.toSceneY(y);
		for (Scene.Badge badge : scene.badges()) {
			if (sx >= badge.x() && sx <= badge.x() + badge.width() && sy >= badge.y() && sy <= badge.y() + badge.height()) {
				return badge.tooltip();
			}
		}
		String key = keyAt(x, y);
		return key == null ? null : descriptions.apply(key);
	}

	/** What a node's tooltip says, as Markdown (null: no tooltip), e.g. the hover text of its element. */
	public void setDescriptions(Function<String, String> descriptions) {
		this.descriptions = descriptions;
	}
}
