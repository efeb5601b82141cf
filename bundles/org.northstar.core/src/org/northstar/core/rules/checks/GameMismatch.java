package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.ArrayList;
import java.util.List;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.text.Vocabulary;
import org.northstar.core.rules.text.Wording;
import org.northstar.model.Game;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class GameMismatch extends ModelRule<NorthStar> {

	public GameMismatch() {
		super(RuleIds.GAME_MISMATCH, Severity.INFO, NorthStar.class);
	}

	@Override
	public String title() {
		return "North Star does not fit the product's game";
	}

	@Override
	public String why() {
		return """
				The game a product plays shapes what a good North Star looks like: attention products count \
				time or sessions, transaction products count completed transactions per customer, \
				productivity products count units of work completed. A North Star of another shape often \
				measures a side effect rather than the value the product exists for. Hybrids may fit either \
				of their games.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		Product product = Names.productOf(northStar);
		List<Game> games = new ArrayList<>();
		if (product.isSetGame()) {
			games.add(product.getGame());
		}
		if (product.isSetSecondaryGame()) {
			games.add(product.getSecondaryGame());
		}
		Wording wording = Wording.of(northStar);
		boolean fits = games.stream().anyMatch(game -> wording.mention(Vocabulary.GAME_PREFIX + game.getLiteral()).isPresent());
		if (!games.isEmpty() && !fits) {
			findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "North Star " + quoted(northStar)
					+ " does not read like a metric of the " + games.get(0).getLiteral() + " game (" + shapeOf(games.get(0))
					+ "); reword it, or check the product's 'game'.");
		}
	}

	private static String shapeOf(Game game) {
		return switch (game) {
			case ATTENTION -> "time spent or sessions";
			case TRANSACTION -> "completed transactions per customer";
			case PRODUCTIVITY -> "units of work completed";
		};
	}
}
