package org.northstar.ui.editor.tests;

import org.junit.jupiter.api.AfterEach;

/** Every editor test leaves the workbench without editors (changes discarded), so tests do not see each other's text. */
abstract class EditorTest {

	@AfterEach
	void closeEditors() {
		Models.closeEditors();
	}
}
