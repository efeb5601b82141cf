package org.northstar.scene.report;

import java.util.Optional;

/** What can be exported, and the extension of its files; the same choices on the command line and in the studio. */
public enum ReportFormat {
	HTML("html"), MARKDOWN("md"), JSON("json"), CSV("csv"), SVG("svg"), PNG("png"), SLIDE("png");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/** Whether it draws the files' trees (teams included) rather than reporting on products. */
	public boolean isPicture() {
		return this == SVG || this == PNG;
	}

	/** The format a name means (html, markdown or md, json, csv, svg, png, slide), ignoring case. */
	public static Optional<ReportFormat> of(String name) {
		for (ReportFormat format : values()) {
			if (format.name().equalsIgnoreCase(name) || name.equalsIgnoreCase("md") && format == MARKDOWN) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
