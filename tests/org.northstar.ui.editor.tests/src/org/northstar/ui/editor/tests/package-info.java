/** The .northstar editor in a real workbench, talking to the in-process language server. */
package org.northstar.ui.editor.tests;
