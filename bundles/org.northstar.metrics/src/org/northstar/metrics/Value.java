package org.northstar.metrics;

/**
 * A metric's value in one period, or the reason there is none (no data, a division
 * by zero, a term without a value). Never NaN or infinite: such results become
 * "no value" with a reason, so no caller prints Infinity.
 */
public record Value(double number, String reason) {

	public static Value of(double number) {
		return Double.isFinite(number) ? new Value(number, null) : none("the result is not a finite number");
	}

	public static Value none(String reason) {
		return new Value(Double.NaN, reason);
	}

	public boolean present() {
		return reason == null;
	}

	@Override
	public String toString() {
		return present() ? Double.toString(number) : "no value (" + reason + ")";
	}
}
