package org.northstar.cli;

import org.northstar.metrics.ProductStatus;

/** One product's dashboard and the file it is written in, as the user named it. */
record Dashboard(String file, ProductStatus status) {
}
