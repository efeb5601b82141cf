package org.northstar.dsl.conversion;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.Set;

/**
 * A unit is written bare when it is a plain word and quoted otherwise ("% of sent"). A singleton:
 * collecting the grammar's keywords costs milliseconds, and every new resource would pay it again.
 */
@Singleton
public class UnitValueConverter implements IValueConverter<String> {

	private final Set<String> keywords;

	@Inject
	public UnitValueConverter(IGrammarAccess grammarAccess) {
		this.keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
	}

	@Override
	public String toValue(String string, INode node) {
		if (string == null) {
			return null;
		}
		if (string.length() >= 2 && (string.startsWith("\"") || string.startsWith("'"))) {
			return Strings.convertFromJavaString(string.substring(1, string.length() - 1), true);
		}
		return string.startsWith("^") ? string.substring(1) : string;
	}

	@Override
	public String toString(String value) {
		if (value == null || value.isEmpty()) {
			throw new ValueConverterException("A unit cannot be empty.", null, null);
		}
		if (value.matches("[a-zA-Z_][a-zA-Z_0-9]*") && !keywords.contains(value)) {
			return value;
		}
		return '"' + Strings.convertToJavaString(value, false) + '"';
	}
}
