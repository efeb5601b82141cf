/**
 * The North Star Studio product: branding (in plugin.xml and {@code branding/}), the North Star
 * perspective and the example workspace that a new workspace starts with.
 */
package org.northstar.studio;
