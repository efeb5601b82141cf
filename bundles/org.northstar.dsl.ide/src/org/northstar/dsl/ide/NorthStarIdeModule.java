package org.northstar.dsl.ide;


/**
 * Use this class to register ide components.
 */
public class NorthStarIdeModule extends AbstractNorthStarIdeModule {
}
