package org.northstar.ui.editor.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.northstar.workspace.builder.NorthStarNature;
import org.northstar.workspace.builder.ProblemMarkers;
import org.northstar.ui.editor.DiagnosticAnnotation;
import org.northstar.ui.editor.NorthStarEditor;

/** Test projects of .northstar files, and the editors on them. */
final class Models {

	static final String TEAMS = """
			package acme.edit

			team Growth { lead "Dana Ortiz" }
			team Billing
			""";

	static final String PRODUCT = """
			package acme.edit

			product Demo {
			    value "Freelancers get paid for their work without chasing clients"
			    game productivity
			    northstar PaidOnTime "Invoices paid by their due date" {
			        unit invoices window weekly
			    }
			    input Senders "Freelancers who send at least one invoice a week" {
			        dimension breadth unit freelancers window weekly
			        owner Growth relation multiplicative
			    }
			}
			""";

	private Models() {
	}

	/** A project of a teams file and a product file whose input is owned by one of the teams. */
	static IProject teamsAndProduct(String name) throws CoreException {
		return project(name, Map.of("teams.northstar", TEAMS, "product.northstar", PRODUCT));
	}

	/** A new North Star project (validated by the builder) with the given files. */
	static IProject project(String name, Map<String, String> files) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		NorthStarNature.enable(project, null);
		for (Map.Entry<String, String> file : files.entrySet()) {
			write(project.getFile(file.getKey()), file.getValue());
		}
		Workbench.waitForBuilds();
		return project;
	}

	static void write(IFile file, String text) throws CoreException {
		ByteArrayInputStream bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, IResource.FORCE, null);
		} else {
			file.create(bytes, IResource.FORCE, null);
		}
	}

	static String onDisk(IFile file) {
		try {
			return Files.readString(Path.of(file.getLocationURI()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static NorthStarEditor open(IFile file) {
		return Workbench.onUi(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				if (IDE.openEditor(page, file) instanceof NorthStarEditor editor) {
					return editor;
				}
				throw new AssertionError(file.getName() + " did not open in the North Star editor");
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	static void closeEditors() {
		Workbench.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	static IDocument document(NorthStarEditor editor) {
		return Workbench.onUi(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
	}

	static String text(NorthStarEditor editor) {
		return Workbench.onUi(() -> document(editor).get());
	}

	/** Types text at the first place where {@code after} ends (as the keyboard would: a document change). */
	static int typeAfter(NorthStarEditor editor, String after, String typed) {
		return Workbench.onUi(() -> {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			int at = document.get().indexOf(after);
			if (at < 0) {
				throw new AssertionError("'" + after + "' is not in the editor");
			}
			int offset = at + after.length();
			try {
				document.replace(offset, 0, typed);
			} catch (BadLocationException e) {
				throw new AssertionError(e);
			}
			editor.selectAndReveal(offset + typed.length(), 0);
			return offset + typed.length();
		});
	}

	static void replaceAll(NorthStarEditor editor, String text) {
		Workbench.onUi(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()).set(text));
	}

	/** The editor's problem annotations as their hover texts ("[rule-id] message"). */
	static List<String> problems(NorthStarEditor editor) {
		return Workbench.onUi(() -> {
			List<String> texts = new ArrayList<>();
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof DiagnosticAnnotation annotation) {
					texts.add(annotation.getText());
				}
			}
			return texts;
		});
	}

	/** The editor's problem annotations as "line: [rule-id] message", sorted: comparable with {@link #markers}. */
	static List<String> problemsByLine(NorthStarEditor editor) {
		return Workbench.onUi(() -> {
			IDocument document = document(editor);
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			List<String> texts = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof DiagnosticAnnotation annotation) {
					try {
						texts.add((document.getLineOfOffset(model.getPosition(annotation).getOffset()) + 1) + ": " + annotation.getText());
					} catch (BadLocationException e) {
						throw new AssertionError(e);
					}
				}
			}
			return texts.stream().sorted().toList();
		});
	}

	/** The builder's markers of the file as "line: [rule-id] message" (as the Problems view shows them), sorted. */
	static List<String> markers(IFile file) throws CoreException {
		List<String> texts = new ArrayList<>();
		for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			texts.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return texts.stream().sorted().toList();
	}

	static boolean hasProblem(NorthStarEditor editor, String ruleId) {
		return problems(editor).stream().anyMatch(text -> text.startsWith("[" + ruleId + "]"));
	}

	/** The server names symbols by qualified name; the tests compare the last segment. */
	static String simpleName(org.eclipse.lsp4j.DocumentSymbol symbol) {
		return symbol.getName().substring(symbol.getName().lastIndexOf('.') + 1);
	}

	/** Flattens the symbol names, for comparing outlines. */
	static List<String> names(List<org.eclipse.lsp4j.DocumentSymbol> symbols) {
		List<String> names = new ArrayList<>();
		for (var symbol : symbols) {
			names.add(simpleName(symbol));
			if (symbol.getChildren() != null) {
				names.addAll(names(symbol.getChildren()));
			}
		}
		return names;
	}
}
