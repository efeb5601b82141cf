package org.northstar.dsl.conversion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.nodemodel.INode;

/** yyyy-mm-dd; a date that does not exist (2026-02-30) is an error, not a silent roll-over. */
public class DateValueConverter extends AbstractLexerBasedConverter<LocalDate> {

	@Override
	public LocalDate toValue(String string, INode node) {
		if (string == null) {
			return null;
		}
		try {
			return LocalDate.parse(string);
		} catch (DateTimeParseException e) {
			throw new ValueConverterException(
					"'" + string + "' is not a calendar date; write it as yyyy-mm-dd, e.g. 2027-06-30.", node, null);
		}
	}

	@Override
	protected String toEscapedString(LocalDate value) {
		return value.toString();
	}
}
