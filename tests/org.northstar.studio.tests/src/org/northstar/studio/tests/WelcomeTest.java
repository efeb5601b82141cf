package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.junit.jupiter.api.Test;
import org.northstar.studio.WelcomeIntro;

/** The first start's welcome: it is the product's intro, it steps aside for the example, its guide is packaged. */
class WelcomeTest {

	@Test
	void theFirstStartWelcomesAndStepsAsideForTheExample() {
		IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
		assertTrue(intros.hasIntro(), "the product has a welcome");
		Waiting.until("the welcome to step aside for the example", Duration.ofSeconds(60),
				() -> UiThread.get(() -> intros.getIntro() instanceof WelcomeIntro intro && intros.isIntroStandby(intro)));
	}

	@Test
	void readTheGuideOpensAPageThatIsPackaged() {
		String bundle = "/org.northstar.help/";
		assertTrue(WelcomeIntro.GUIDE.startsWith(bundle), WelcomeIntro.GUIDE);
		assertNotNull(Platform.getBundle("org.northstar.help").getEntry(WelcomeIntro.GUIDE.substring(bundle.length())));
	}
}
