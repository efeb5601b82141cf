package org.northstar.ui.figures;

import java.util.OptionalDouble;

/** A what-if value as a person types it (2600, 2,600, 0.92, 1_000), for every field that takes one. */
public final class TypedValue {

	private TypedValue() {
	}

	/** The number typed, or empty when the text is no finite number. */
	public static OptionalDouble parse(String typed) {
		try {
			double value = Double.parseDouble(typed.strip().replace(",", "").replace("_", ""));
			return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
		} catch (NumberFormatException e) {
			return OptionalDouble.empty();
		}
	}
}
