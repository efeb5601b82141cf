package org.northstar.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.northstar.dsl.ide.edit.ModelEdits;
import org.northstar.core.check.LanguageSession;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarModel;

import com.google.inject.Injector;

/** Formatting a whole file, and turning a programmatic model change into minimal text edits. */
final class Editing {

	private final Injector injector;

	Editing(LanguageSession session) {
		this.injector = session.injector();
	}

	/** The formatted text of a parsed file, as the formatter's replacements applied to it. */
	String format(XtextResource resource) {
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
		List<ITextReplacement> replacements = new ArrayList<>(injector.getInstance(IFormatter2.class).format(request));
		replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		StringBuilder text = new StringBuilder(resource.getParseResult().getRootNode().getText());
		for (ITextReplacement replacement : replacements) {
			text.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
		}
		return text.toString();
	}

	/** The text edits that change the description of the file's North Star (the resource is changed too: use a fresh one per run). */
	List<ModelEdits.FileEdit> describeFirstMetric(XtextResource resource, String description) {
		NorthStarModel model = (NorthStarModel) resource.getContents().get(0);
		ModelEdits edits = injector.getInstance(ModelEdits.class);
		return edits.edit(model, root -> {
			Metric metric = root.getProducts().get(0).getNorthStars().get(0);
			metric.setDescription(description);
		});
	}
}
