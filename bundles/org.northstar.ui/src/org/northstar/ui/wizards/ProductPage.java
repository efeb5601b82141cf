package org.northstar.ui.wizards;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.northstar.core.templates.ModelPackages;
import org.northstar.core.templates.Names;
import org.northstar.core.templates.StartingModel;

/**
 * The first product of a model: its name, its value statement and the starting model for its game. For
 * a model beside others ({@link #offer}), also its package and the existing teams that own its inputs.
 */
public class ProductPage extends WizardPage {

	private static final String[] GAMES = { "attention", "transaction", "productivity" };

	private Text name;
	private Text value;
	private Combo template;
	private Combo game;
	private String suggestedName = "MyProduct";
	private boolean nameTyped;
	private PackageAndOwners packageAndOwners;

	public ProductPage() {
		super("product");
		setTitle("The product");
		setDescription("Name the product, say why customers come back, and choose a starting model for its game.");
	}

	/** The name the page proposes until the user types one (e.g. from the project's name). */
	public void suggestName(String text) {
		suggestedName = Names.suggest(text);
		if (name != null && !name.isDisposed() && !nameTyped) {
			name.setText(suggestedName);
		}
	}

	/**
	 * Shows the package the model joins (proposing {@code pkg}) and lets the user pick, for each input of
	 * the starting model, one of the teams {@code packages} says that package declares.
	 */
	void offer(ModelPackages packages, String pkg) {
		packageAndOwners.offer(packages, pkg, startingModel());
		update();
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		name = field(page, "Product &name:", suggestedName);
		value = field(page, "&Value statement:", "");
		value.setMessage("Why customers come back, in one sentence");
		template = combo(page, "&Starting model:", Arrays.stream(StartingModel.values()).map(StartingModel::label).toArray(String[]::new));
		game = combo(page, "&Game (empty model):", GAMES);
		game.select(2);
		packageAndOwners = new PackageAndOwners(page, this::update);
		template.addModifyListener(event -> {
			packageAndOwners.showOwnersOf(startingModel());
			update();
		});
		name.addModifyListener(event -> {
			nameTyped = !name.getText().equals(suggestedName);
			update();
		});
		value.addModifyListener(event -> update());
		setControl(page);
		update();
	}

	public void setProductName(String text) {
		name.setText(text);
	}

	public void setValueStatement(String text) {
		value.setText(text);
	}

	public void setStartingModel(StartingModel model) {
		template.select(model.ordinal());
		packageAndOwners.showOwnersOf(model);
		update();
	}

	public String productName() {
		return name.getText().strip();
	}

	public String valueStatement() {
		return value.getText().strip();
	}

	public StartingModel startingModel() {
		return StartingModel.values()[Math.max(0, template.getSelectionIndex())];
	}

	public String emptyGame() {
		return GAMES[Math.max(0, game.getSelectionIndex())];
	}

	/** The package typed or proposed on the page; null when the page does not ask for one. */
	String packageName() {
		return packageAndOwners.packageName();
	}

	/** The teams chosen as the owners of the starting model's inputs, in its order; empty when the model brings its own teams. */
	List<String> owners() {
		return packageAndOwners.owners();
	}

	private void update() {
		game.setEnabled(startingModel() == StartingModel.EMPTY);
		String problem = Names.problemWithName(productName());
		if (problem == null) {
			problem = packageAndOwners.problemWith(productName());
		}
		if (problem == null && valueStatement().isEmpty()) {
			problem = "Say in one sentence why customers come back: the North Star is chosen after the value.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	static Text field(Composite page, String label, String initial) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(initial);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	static Combo combo(Composite page, String label, String[] items) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(items.length > 2 ? 2 : 0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}
}
