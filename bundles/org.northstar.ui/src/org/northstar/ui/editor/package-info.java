/**
 * The .northstar source editor: the platform's text editor configured for the language, every language
 * service (assist, hover, outline, navigation, format, folding, fixes) answered by the in-process server.
 */
package org.northstar.ui.editor;
