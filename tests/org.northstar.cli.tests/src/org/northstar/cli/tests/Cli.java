package org.northstar.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.northstar.cli.Main;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int code, String out, String err) {

	static Cli run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Cli(code, out.toString(), err.toString());
	}

	@Override
	public String toString() {
		return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
	}
}
