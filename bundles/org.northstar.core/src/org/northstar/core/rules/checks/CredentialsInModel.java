package org.northstar.core.rules.checks;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.data.UrlCredentials;
import org.northstar.model.JdbcSource;
import org.northstar.model.NorthStarPackage;

/** A password written into the model's JDBC URL ({@code password=...}, {@code user:secret@}). */
public final class CredentialsInModel extends ModelRule<JdbcSource> {

	public CredentialsInModel() {
		super(RuleIds.CREDENTIALS_IN_MODEL, Severity.ERROR, JdbcSource.class);
	}

	@Override
	public String title() {
		return "A password written in the model";
	}

	@Override
	public String why() {
		return """
				Models live in git and travel to clients, reviewers and CI logs; a password written in one \
				is a password given to everyone who ever reads the file. The model names the database; the \
				password stays with the person who runs it, in an environment variable or their own \
				connections file.""";
	}

	@Override
	protected void judge(JdbcSource source, Findings findings) {
		UrlCredentials.find(source.getUrl()).ifPresent(what -> findings.report(source,
				NorthStarPackage.Literals.JDBC_SOURCE__URL, "This JDBC URL carries " + what
						+ "; write ${env:NAME} in its place, or name a connection of ~/.northstar/connections.properties"
						+ " (data jdbc \"NAME\"), and change the password, which is no longer secret."));
	}
}
