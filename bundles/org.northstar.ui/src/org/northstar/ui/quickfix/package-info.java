/** Quick fixes from the Problems view: the server's code actions for a builder marker, applied through the file buffers. */
package org.northstar.ui.quickfix;
