package org.northstar.core.rules;

/**
 * A rule that judges the model against its data: it reads the dashboard a host attached
 * to the product ({@code org.northstar.metrics.ComputedStatus}) and stays quiet where
 * there is none. Hosts attach data on request only ({@code northstar validate --data}),
 * so editing a model never waits for a data load.
 */
public interface DataRule extends Rule {
}
