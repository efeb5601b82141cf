package org.northstar.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model whose texts try to break out of every format a report writes. */
final class Hostile {

	/** What the North Star's description says; a report must show it as text. */
	static final String MARKUP = "<img src=x onerror=\\\"console.error('escaped')\\\"> </td><script>console.error('escaped')</script>";
	static final String MERMAID = "\\\"]) --> x[[\\\"; click n1 call alert(1) %% | ` # &amp; {}";

	private Hostile() {
	}

	static Path write(Path dir) throws IOException {
		return Files.writeString(dir.resolve("hostile.northstar"), """
				team Crew
				product Hostile {
				    value "%s"
				    northstar Reach "%s" { unit things window weekly }
				    input Clicks "%s" { dimension breadth owner Crew relation additive }
				    candidate "*bold* _it_ [link](http://example.invalid) |pipe|" rejected "# heading"
				}
				""".formatted(MARKUP, MARKUP, MERMAID));
	}
}
