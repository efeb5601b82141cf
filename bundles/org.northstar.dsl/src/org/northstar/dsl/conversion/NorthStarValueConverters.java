package org.northstar.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Converts the language's own values: dates, decimals, units, qualified names and strings. A singleton like Xtext's own
 * converters (Guice does not inherit the scope): each instance reflects over its methods again.
 */
@Singleton
public class NorthStarValueConverters extends DefaultTerminalConverters {

	@Inject
	private DateValueConverter dateConverter;

	@Inject
	private DecimalValueConverter decimalConverter;

	@Inject
	private UnitValueConverter unitConverter;

	@Inject
	private QualifiedNameValueConverter qualifiedNameConverter;

	@Inject
	private StringValueConverter stringConverter;

	/** Strings are written as typed: a single quote inside a query stays a single quote. */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<java.time.LocalDate> DATE() {
		return dateConverter;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<java.math.BigDecimal> Decimal() {
		return decimalConverter;
	}

	@ValueConverter(rule = "SignedDecimal")
	public IValueConverter<java.math.BigDecimal> SignedDecimal() {
		return decimalConverter;
	}

	/**
	 * A reference is written as a qualified name, each part escaped like an ID: without this, a
	 * reference to an element named like a keyword (^input) was written bare and did not parse.
	 */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedNameConverter;
	}

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return unitConverter;
	}
}
