package org.northstar.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.northstar.core.templates.ModelPackages;
import org.northstar.core.templates.StartingModel;

/**
 * The part of the product page for a model beside others: the package it joins, and which of that
 * package's teams owns each input of the starting model (a team that does not exist would be an
 * unresolved reference). Hidden until {@link #offer} says what the project holds.
 */
final class PackageAndOwners {

	private static final String PACKAGE = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*";

	private final Composite section;
	private final Text pkg;
	private final Composite owners;
	private final List<Combo> ownerCombos = new ArrayList<>();
	private ModelPackages packages;
	private StartingModel shown = StartingModel.PRODUCTIVITY;

	PackageAndOwners(Composite page, Runnable changed) {
		section = new Composite(page, SWT.NONE);
		section.setLayout(columns(2));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.exclude = true;
		section.setLayoutData(data);
		section.setVisible(false);
		pkg = ProductPage.field(section, "&Package:", "");
		owners = new Composite(section, SWT.NONE);
		owners.setLayout(columns(2));
		owners.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		pkg.addModifyListener(event -> {
			showOwnersOf(shown);
			changed.run();
		});
	}

	void offer(ModelPackages offered, String proposed, StartingModel model) {
		packages = offered;
		((GridData) section.getLayoutData()).exclude = false;
		section.setVisible(true);
		pkg.setText(proposed);
		showOwnersOf(model);
	}

	void showOwnersOf(StartingModel model) {
		shown = model;
		if (packages == null) {
			return;
		}
		for (Control child : owners.getChildren()) {
			child.dispose();
		}
		ownerCombos.clear();
		List<String> teams = packages.teams(packageName());
		if (model.inputs().isEmpty()) {
			note("The empty model has no inputs yet; its teams come later.");
		} else if (teams.isEmpty()) {
			note("Package " + packageName() + " declares no teams: the model declares its own (" + String.join(", ", model.owners()) + ").");
		} else {
			note("Owners of the inputs, from the teams of " + packageName() + ":");
			List<String> chosen = new ArrayList<>();
			for (int i = 0; i < model.inputs().size(); i++) {
				Combo owner = ProductPage.combo(owners, model.inputs().get(i) + " owned by:", teams.toArray(String[]::new));
				String team = proposedOwner(model.owners().get(i), teams, chosen);
				owner.select(teams.indexOf(team));
				chosen.add(team);
				ownerCombos.add(owner);
			}
		}
		section.getParent().layout(true, true);
	}

	/** The template's own team when the package has it, else a team not chosen yet, so that no team owns everything. */
	private static String proposedOwner(String templateTeam, List<String> teams, List<String> chosen) {
		if (teams.contains(templateTeam) && !chosen.contains(templateTeam)) {
			return templateTeam;
		}
		return teams.stream().filter(team -> !chosen.contains(team)).findFirst().orElse(teams.get(0));
	}

	String packageName() {
		return packages == null ? null : pkg.getText().strip();
	}

	List<String> owners() {
		return ownerCombos.stream().map(Combo::getText).toList();
	}

	/** Why the package or the product's name cannot be used, or null. */
	String problemWith(String product) {
		if (packages == null) {
			return null;
		}
		if (!packageName().matches(PACKAGE)) {
			return "A package is one or more names joined by dots, e.g. acme or acme.payments.";
		}
		if (packages.products(packageName()).contains(product)) {
			return "Package " + packageName() + " has a product " + product + " already; choose another name.";
		}
		return null;
	}

	private void note(String text) {
		Label label = new Label(owners, SWT.WRAP);
		label.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 420;
		label.setLayoutData(data);
	}

	private static GridLayout columns(int count) {
		GridLayout layout = new GridLayout(count, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		return layout;
	}
}
