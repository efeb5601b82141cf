/** New North Star project, new model and import-a-folder wizards; every file they write validates without errors. */
package org.northstar.ui.wizards;
