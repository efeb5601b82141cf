/** The user guide of North Star Studio in the Eclipse help system, and F1 on a problem marker. */
package org.northstar.help;
