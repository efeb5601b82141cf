/** Preferences of the editor (colours, formatting) and the rule severities of projects (northstar-rules.properties). */
package org.northstar.ui.preferences;
