package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.northstar.core.check.LanguageSession;
import org.northstar.dsl.NorthStarStandaloneSetup;
import org.northstar.dsl.ide.NorthStarIdeSetup;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code northstar}: the headless command line for analysts and CI. A plain
 * Java main over the same bundles the studio runs (no OSGi start-up), so that
 * validating one file costs little more than parsing it.
 */
@Command(name = "northstar", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
		description = "Validate, format, inspect and draw North Star models (.northstar files); serve editors (lsp).",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors", "1:errors found (or, for format --check, files would change)",
				"2:usage or I/O trouble" })
public final class Main implements Callable<Integer> {

	/** Exit code: nothing wrong. */
	static final int OK = 0;
	/** Exit code: the models have errors (or format --check found files to change). */
	static final int FINDINGS = 1;
	/** Exit code: usage or I/O trouble; wins over {@link #FINDINGS}. */
	static final int TROUBLE = 2;

	/** The commands, in the order the usage lists them. */
	private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, FormatCommand.class,
			RulesCommand.class, ExportCommand.class, LspCommand.class, EvaluateCommand.class, StatusCommand.class,
			ImportCommand.class);

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/** The language of this run, started by the first command that needs it (never for --help or rules). */
	private LanguageSession session;
	private boolean editorServices;

	public static void main(String[] args) {
		ShortLivedProcess.configure();
		System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the command line with the given streams; returns the exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		// export draws with Java2D; it must never look for a display
		System.setProperty("java.awt.headless", "true");
		CommandLine commandLine = commandLine(args);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			cmd.getErr().println("northstar: " + describe(exception));
			return TROUBLE;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	/**
	 * The command line for these arguments. Picocli reads a command's every option by reflection when the
	 * command is added, a fifth of a {@code validate}'s start for all eight: when the first argument names a
	 * command, that one alone is added; otherwise (help, version, a misspelt command) all are.
	 */
	static CommandLine commandLine(String... args) {
		CommandLine commandLine = new CommandLine(new Main());
		String first = args.length == 0 ? "" : args[0];
		boolean named = COMMANDS.stream().anyMatch(command -> name(command).equals(first));
		for (Class<?> command : COMMANDS) {
			if (!named || name(command).equals(first)) {
				commandLine.addSubcommand(command);
			}
		}
		return commandLine;
	}

	private static String name(Class<?> command) {
		return command.getAnnotation(Command.class).name();
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return TROUBLE;
	}

	/** The language session of this run: parsing, linking and the rules. */
	synchronized LanguageSession session() {
		if (session == null) {
			session = LanguageSession.start(new NorthStarStandaloneSetup());
		}
		return session;
	}

	/** The language session of this run with the editor services (the language server's parts). */
	synchronized LanguageSession editorSession() {
		if (session == null) {
			session = LanguageSession.start(new NorthStarIdeSetup());
			editorServices = true;
		}
		if (!editorServices) {
			throw new IllegalStateException("the language session was started without the editor services");
		}
		return session;
	}

	private static String describe(Exception exception) {
		if (exception instanceof UsageException) {
			return exception.getMessage();
		}
		// An error of ours: one line that says so, never a stack trace.
		return "internal error (" + exception.getClass().getSimpleName() + ": " + exception.getMessage()
				+ "). Please report it with the command you ran.";
	}

	static final class VersionProvider implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "northstar " + Version.current() };
		}
	}
}
