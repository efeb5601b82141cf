package org.northstar.ui.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/** {@code 2027-06-30}: the language's DATE terminal, which must win over the number it starts with. */
final class DateRule implements IRule {

	private static final String SHAPE = "dddd-dd-dd";

	private final IToken token;

	DateRule(IToken token) {
		this.token = token;
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		int read = 0;
		for (char expected : SHAPE.toCharArray()) {
			int c = scanner.read();
			read++;
			boolean matches = expected == 'd' ? c >= '0' && c <= '9' : c == expected;
			if (!matches) {
				for (int i = 0; i < read; i++) {
					scanner.unread();
				}
				return Token.UNDEFINED;
			}
		}
		return token;
	}
}
