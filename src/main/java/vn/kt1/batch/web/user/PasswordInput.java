package vn.kt1.batch.web.user;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import vn.kt1.batch.shared.cli.CliException;

/**
 * Reads a new password the way {@code passwd} does: from the terminal without echo, asked
 * twice; or, when standard input is not a terminal, its first line (for scripts:
 * {@code printf '%s\n' "$PW" | kt1 user add ...}). Never from the command line, where it
 * would show in the process list and the shell's history.
 */
final class PasswordInput {

	private PasswordInput() {
	}

	static String read(String username) {
		Console console = System.console();
		if (console != null) {
			char[] first = console.readPassword("Password for %s: ", username);
			char[] again = console.readPassword("Again: ");
			if (first == null || again == null) {
				throw new CliException("no password given");
			}
			try {
				if (!Arrays.equals(first, again)) {
					throw new CliException("the two passwords differ; nothing was changed");
				}
				return new String(first);
			}
			finally {
				Arrays.fill(first, ' ');
				Arrays.fill(again, ' ');
			}
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new CliException("no password on standard input");
			}
			return line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
