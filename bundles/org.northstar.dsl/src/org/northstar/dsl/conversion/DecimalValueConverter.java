package org.northstar.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Decimals keep the digits that were written: BigDecimal, never double, so
 * that 9000 stays 9000 and 2.50 stays 2.50 when the model is written back.
 */
public class DecimalValueConverter implements IValueConverter<BigDecimal> {

	@Override
	public BigDecimal toValue(String string, INode node) {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("A number is missing here.", node, null);
		}
		try {
			return new BigDecimal(string);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string + "' is not a number.", node, e);
		}
	}

	@Override
	public String toString(BigDecimal value) {
		if (value == null) {
			throw new ValueConverterException("A number cannot be empty.", null, null);
		}
		return value.toPlainString();
	}
}
