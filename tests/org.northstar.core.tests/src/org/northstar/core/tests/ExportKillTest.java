package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.io.AtomicFiles;
import org.northstar.scene.Scene;
import org.northstar.scene.SceneFiles;
import org.northstar.scene.SvgPainter;

/**
 * Exporting a picture ({@code northstar export}, the diagram's Export SVG/PNG) never leaves half a
 * file: a child JVM exports a large SVG through {@link SceneFiles} and is killed ({@code kill -9})
 * at a random moment, {@value #TRIALS} times; the file is always one of the two complete pictures.
 * A failed export leaves the old picture and no temporary file.
 */
class ExportKillTest {

	/** Fewer than AtomicWriteKillTest's 200 (which tries the atomic writer itself): a child that exports starts slower. */
	static final int TRIALS = 100;
	private static final String NODES = "3000";

	@TempDir
	Path dir;

	@Test
	void anExportKilledAtAnyMomentLeavesTheWholeOldOrTheWholeNewPicture() throws Exception {
		Class<?> xmlText = Class.forName("org.northstar.scene.XmlText", false, SceneFiles.class.getClassLoader());
		KilledWriter writer = KilledWriter.of(dir, ExportKillTestWriter.class, SceneFiles.class, SvgPainter.class, Scene.class,
				xmlText, AtomicFiles.class);
		Path file = dir.resolve("tree.svg");
		writer.run(-1, file.toString(), "old", NODES);
		byte[] old = Files.readAllBytes(file);
		KillMoments moments = new KillMoments(writer.run(-1, file.toString(), "new", NODES), 1914);
		byte[] young = Files.readAllBytes(file);
		assertFalse(Arrays.equals(old, young));
		int killedMidWrite = 0;
		for (int trial = 0; trial < TRIALS; trial++) {
			String word = trial % 2 == 0 ? "old" : "new";
			byte[] target = word.equals("old") ? old : young;
			boolean alreadyThere = Arrays.equals(Files.readAllBytes(file), target);
			writer.run(moments.next(), file.toString(), word, NODES);
			byte[] found = Files.readAllBytes(file);
			if (!Arrays.equals(found, old) && !Arrays.equals(found, young)) {
				fail("after kill " + trial + " the SVG is neither the old nor the new picture (" + found.length + " bytes)");
			}
			if (!KilledWriter.temporaries(dir).isEmpty()) {
				killedMidWrite++;
				moments.landedInTheWrite();
			} else if (!alreadyThere && Arrays.equals(found, target)) {
				moments.cameAfterTheWrite();
			}
		}
		writer.run(-1, file.toString(), "new", NODES);
		assertEquals(List.of(), KilledWriter.temporaries(dir), "a complete export leaves no temporary file behind");
		System.out.printf("export kill -9 trials: %d (SVG of %d bytes), killed in the middle of the write: %d, always a whole picture%n",
				TRIALS, young.length, killedMidWrite);
		assertTrue(killedMidWrite >= TRIALS / 10, "too few kills landed in the middle of an export (" + killedMidWrite + ")");
	}

	@Test
	void aFailedExportLeavesTheOldPictureAndNoTemporaryFile() throws Exception {
		Path file = dir.resolve("tree.svg");
		List<Scene.Box> boxes = List.of(new Scene.Box("p.A", 0, 0, 50, 20, "#fff", "#000", "#00f"));
		SceneFiles.write(new Scene(100, 100, boxes, List.of(), List.of(new Scene.Text(5, 15, "A", 12, false, "#000")), List.of()),
				file, SceneFiles.Format.SVG, 1);
		byte[] old = Files.readAllBytes(file);
		// the painter fails half way, after the boxes: a broken scene stands for any error while writing
		Scene broken = new Scene(100, 100, boxes, List.of(), null, List.of());
		assertThrows(RuntimeException.class, () -> SceneFiles.write(broken, file, SceneFiles.Format.SVG, 1));
		assertArrayEquals(old, Files.readAllBytes(file), "the old picture is kept");
		assertEquals(List.of(), KilledWriter.temporaries(dir));
	}
}
