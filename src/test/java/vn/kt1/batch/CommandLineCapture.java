package vn.kt1.batch;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code kt1} command lines in the test's context and keeps what each wrote. */
public final class CommandLineCapture {

	private final Kt1CommandLine commandLine;

	private StringWriter out = new StringWriter();

	private StringWriter err = new StringWriter();

	public CommandLineCapture(Kt1CommandLine commandLine) {
		this.commandLine = commandLine;
	}

	/** @return the exit code; {@link #out()} and {@link #err()} hold this command line's output */
	public int run(String... args) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		return this.commandLine.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

	public String out() {
		return this.out.toString();
	}

	public String err() {
		return this.err.toString();
	}

}
