/** The benchmark harness: synthetic workspaces, the measured operations, their baselines and the results table. */
package org.northstar.benchmarks;
