/** Tests of the studio product in a real workbench: the first start, the example project and its problem markers. */
package org.northstar.studio.tests;
