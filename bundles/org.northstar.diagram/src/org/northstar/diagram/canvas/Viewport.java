package org.northstar.diagram.canvas;

/**
 * Which part of the scene a canvas shows, at what zoom: the scene point at the canvas's top left
 * corner and the pixels per scene unit. Pure arithmetic, so it is tested without a display.
 */
public final class Viewport {

	public static final double MIN_ZOOM = 0.05;
	public static final double MAX_ZOOM = 4;
	private static final double FIT_MARGIN = 24;

	private double zoom = 1;
	private double x;
	private double y;

	public double zoom() {
		return zoom;
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double toSceneX(double screenX) {
		return x + screenX / zoom;
	}

	public double toSceneY(double screenY) {
		return y + screenY / zoom;
	}

	public double toScreenX(double sceneX) {
		return (sceneX - x) * zoom;
	}

	public double toScreenY(double sceneY) {
		return (sceneY - y) * zoom;
	}

	/** Zooms by {@code factor}, keeping the scene point under the screen point (sx, sy) where it is. */
	public void zoomAt(double factor, double sx, double sy) {
		double px = toSceneX(sx);
		double py = toSceneY(sy);
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
		x = px - sx / zoom;
		y = py - sy / zoom;
	}

	/** Moves the view by a drag of (dx, dy) screen pixels: the scene follows the mouse. */
	public void panBy(double dx, double dy) {
		x -= dx / zoom;
		y -= dy / zoom;
	}

	/** Shows the whole scene of {@code width} x {@code height} in a canvas of the given size, centred, never above 100%. */
	public void fit(double width, double height, double canvasWidth, double canvasHeight) {
		fit(width, height, canvasWidth, canvasHeight, 1);
	}

	/** Shows the whole scene, centred, never above {@code maxZoom}. */
	public void fit(double width, double height, double canvasWidth, double canvasHeight, double maxZoom) {
		zoom = Math.max(MIN_ZOOM, Math.min(maxZoom, fitZoom(width, height, canvasWidth, canvasHeight)));
		x = (width - canvasWidth / zoom) / 2;
		y = -FIT_MARGIN / zoom;
	}

	/** The zoom at which the whole scene fits the canvas, margins included. */
	public static double fitZoom(double width, double height, double canvasWidth, double canvasHeight) {
		double available = Math.max(1, canvasWidth - 2 * FIT_MARGIN);
		double availableHeight = Math.max(1, canvasHeight - 2 * FIT_MARGIN);
		return Math.min(available / Math.max(1, width), availableHeight / Math.max(1, height));
	}

	/**
	 * Shows the scene at {@code readableZoom} with the rectangle (rx, ry, rw, rh) in view: the whole
	 * scene centred when it fits, else the scene's top with the rectangle centred across (or the
	 * rectangle centred when it lies below the first screenful). Scrolling replaces shrinking.
	 */
	public void showReadable(double width, double height, double readableZoom, double rx, double ry, double rw, double rh,
			double canvasWidth, double canvasHeight) {
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, readableZoom));
		double visibleWidth = canvasWidth / zoom;
		double visibleHeight = canvasHeight / zoom;
		double margin = FIT_MARGIN / zoom;
		x = width + 2 * margin <= visibleWidth ? (width - visibleWidth) / 2 : rx + rw / 2 - visibleWidth / 2;
		y = -margin;
		if (ry + rh + margin > y + visibleHeight) {
			y = ry + rh / 2 - visibleHeight / 2;
		}
	}

	/** Centres the view on a scene point. */
	public void centreOn(double sceneX, double sceneY, double canvasWidth, double canvasHeight) {
		x = sceneX - canvasWidth / zoom / 2;
		y = sceneY - canvasHeight / zoom / 2;
	}

	/** Scrolls just enough for the scene rectangle to be in view (with a small margin). */
	public void reveal(double rx, double ry, double rw, double rh, double canvasWidth, double canvasHeight) {
		double margin = 20 / zoom;
		double visibleWidth = canvasWidth / zoom;
		double visibleHeight = canvasHeight / zoom;
		if (rx - margin < x) {
			x = rx - margin;
		} else if (rx + rw + margin > x + visibleWidth) {
			x = Math.min(rx - margin, rx + rw + margin - visibleWidth);
		}
		if (ry - margin < y) {
			y = ry - margin;
		} else if (ry + rh + margin > y + visibleHeight) {
			y = Math.min(ry - margin, ry + rh + margin - visibleHeight);
		}
	}
}
