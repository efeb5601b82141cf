package org.northstar.scene;

import java.util.List;

import org.northstar.model.NorthStarModel;

/**
 * The picture of one .northstar file, the same in the editor and in every export: the file's teams
 * in a row on top, its products' trees side by side below.
 */
public final class FileScene {

	private FileScene() {
	}

	public static Scene of(NorthStarModel model, TreeScene trees) {
		Scene products = SceneComposer.besideEachOther(model.getProducts().stream().map(trees::of).toList());
		return SceneComposer.above(trees.teams(List.copyOf(model.getTeams())), products);
	}
}
