package org.northstar.ui.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.config.RuleProfiles;
import org.northstar.ui.editor.AtomicSaves;

/**
 * The severities a project's {@code northstar-rules.properties} sets (the file the command line and the
 * builder read). Only rules set away from their default are written, in catalog order.
 */
public final class ProjectRuleSeverities {

	private final IFile file;
	private final Map<String, Severity> explicit = new TreeMap<>();

	private ProjectRuleSeverities(IFile file) {
		this.file = file;
	}

	public static ProjectRuleSeverities of(IProject project) throws CoreException {
		ProjectRuleSeverities severities = new ProjectRuleSeverities(project.getFile(RuleProfiles.FILE_NAME));
		severities.read();
		return severities;
	}

	private void read() throws CoreException {
		if (!file.exists()) {
			return;
		}
		Properties properties = new Properties();
		try (InputStream in = file.getContents(true)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException | IllegalArgumentException e) {
			return; // unreadable: the builder reports it as a rules-profile problem; the page starts from defaults
		}
		properties.forEach((key, value) -> {
			if (RuleCatalog.byId(key.toString()).isPresent()) {
				Severity.ofWord(value.toString().strip()).ifPresent(severity -> explicit.put(key.toString(), severity));
			}
		});
	}

	public Severity severityOf(Rule rule) {
		return explicit.getOrDefault(rule.id(), rule.defaultSeverity());
	}

	public void set(Rule rule, Severity severity) {
		if (severity == rule.defaultSeverity()) {
			explicit.remove(rule.id());
		} else {
			explicit.put(rule.id(), severity);
		}
	}

	public void save() throws CoreException {
		StringBuilder text = new StringBuilder(
				"# Rule severities of this project (off, info, warning, error); read by the studio and the command line.\n");
		for (Rule rule : RuleCatalog.all()) {
			Severity severity = explicit.get(rule.id());
			if (severity != null) {
				text.append(rule.id()).append(" = ").append(severity.word()).append('\n');
			}
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		if (file.exists() || !explicit.isEmpty()) {
			AtomicSaves.write(file, bytes, null);
		}
	}
}
