/**
 * The one scene of a North Star tree: laid-out boxes, texts, edges and badges with their colours,
 * sized by the one text measurer (the bundled DejaVu Sans), and the thin painters that draw it into
 * files (SVG, PNG through Java2D). The diagram editor paints the same scene with SWT, so pictures
 * and screen match. Headless: AWT is used only for fonts and off-screen images.
 */
package org.northstar.scene;
