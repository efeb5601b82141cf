package org.northstar.core.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.northstar.scene.Scene;
import org.northstar.scene.SceneFiles;

/**
 * The child process of {@link ExportKillTest}: exports a large picture as SVG through
 * {@link SceneFiles}, as {@code northstar export} and the diagram's Export do, saying on stdout when
 * it starts. Arguments: the file, a word that every label carries (so two versions differ), the
 * number of nodes.
 */
public final class ExportKillTestWriter {

	private ExportKillTestWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		String word = args[1];
		int nodes = Integer.parseInt(args[2]);
		List<Scene.Box> boxes = new ArrayList<>();
		List<Scene.Text> texts = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			double x = (i % 100) * 200;
			double y = (i / 100) * 80;
			boxes.add(new Scene.Box("acme.p." + word + i, x, y, 180, 60, "#ffffff", "#333333", "#2266aa"));
			texts.add(new Scene.Text(x + 10, y + 30, word + " input " + i + " <&> \"quoted\"", 12, i % 7 == 0, "#000000"));
		}
		Scene scene = new Scene(100 * 200, (nodes / 100 + 1) * 80, boxes, List.of(), texts, List.of());
		System.out.println("writing");
		System.out.flush();
		SceneFiles.write(scene, file, SceneFiles.Format.SVG, 1);
		System.out.println("done");
	}
}
