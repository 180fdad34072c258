package vn.kt1.batch.web.user;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.web.Role;

/**
 * {@code kt1 user add|disable|enable|passwd|list}: the web console's accounts. Passwords are
 * read from the terminal (or standard input), never from an argument. Each change is audited.
 */
@Component
@Command(name = "user", mixinStandardHelpOptions = true,
		description = "Accounts of the web console (kt1 serve): add, disable, enable, passwd, list.",
		subcommands = { UserCommand.Add.class, UserCommand.Disable.class, UserCommand.Enable.class,
				UserCommand.Passwd.class, UserCommand.ListUsers.class })
class UserCommand implements CliCommand, Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		this.spec.commandLine().usage(this.spec.commandLine().getErr());
		return 2;
	}

	/** An audited change to one account; a refusal is one line and exit code 1 (2 for usage). */
	abstract static class Change implements Callable<Integer> {

		final WebUserStore users;

		private final AdminAudit audit;

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "NAME", description = "The user name")
		String username;

		Change(WebUserStore users, AdminAudit audit) {
			this.users = users;
			this.audit = audit;
		}

		@Override
		public Integer call() {
			String action = "user " + this.spec.name();
			String line = this.audit.audited(action, "user " + this.username, null, () -> {
				try {
					return change();
				}
				catch (IllegalArgumentException ex) {
					throw new CliException(ex.getMessage());
				}
			});
			this.spec.commandLine().getOut().println(line);
			return 0;
		}

		abstract String change();

	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = { "Add a user with a role; the password is asked on the terminal (twice), or read as the "
					+ "first line of standard input.", "Roles: ADMIN, OPERATOR, FINANCE, VIEWER." })
	static class Add extends Change {

		@Option(names = "--role", required = true, paramLabel = "ROLE",
				description = "ADMIN, OPERATOR, FINANCE or VIEWER")
		private String role;

		Add(WebUserStore users, AdminAudit audit) {
			super(users, audit);
		}

		@Override
		String change() {
			Role parsed = role(this.role);
			this.users.add(this.username, parsed, PasswordInput.read(this.username));
			return "user " + this.username + " added with role " + parsed;
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true,
			description = "Disable a user: it can no longer sign in (its sessions end at their next request).")
	static class Disable extends Change {

		Disable(WebUserStore users, AdminAudit audit) {
			super(users, audit);
		}

		@Override
		String change() {
			this.users.setEnabled(this.username, false);
			return "user " + this.username + " disabled";
		}

	}

	@Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled or locked user again.")
	static class Enable extends Change {

		Enable(WebUserStore users, AdminAudit audit) {
			super(users, audit);
		}

		@Override
		String change() {
			this.users.setEnabled(this.username, true);
			return "user " + this.username + " enabled";
		}

	}

	@Command(name = "passwd", mixinStandardHelpOptions = true,
			description = "Set a user's password (asked on the terminal, or the first line of standard input); "
					+ "unlocks it.")
	static class Passwd extends Change {

		Passwd(WebUserStore users, AdminAudit audit) {
			super(users, audit);
		}

		@Override
		String change() {
			if (this.users.find(this.username).isEmpty()) {
				throw new IllegalArgumentException("no user " + this.username);
			}
			this.users.changePassword(this.username, PasswordInput.read(this.username));
			return "password of " + this.username + " changed";
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, their role and state.")
	static class ListUsers implements Callable<Integer> {

		private final WebUserStore users;

		@Spec
		private CommandSpec spec;

		ListUsers(WebUserStore users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf("%-24s %-9s %-9s %s%n", "USER", "ROLE", "STATE", "LAST LOGIN");
			LocalDateTime now = LocalDateTime.now();
			for (WebUser user : this.users.all()) {
				String state = !user.enabled() ? "disabled" : user.locked(now) ? "locked" : "active";
				out.printf("%-24s %-9s %-9s %s%n", user.username(), user.role(), state,
						(user.lastLoginAt() != null) ? user.lastLoginAt().withNano(0).toString().replace('T', ' ') : "-");
			}
			return 0;
		}

	}

	static Role role(String text) {
		try {
			return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new CliException("unknown role '" + text + "'; roles: ADMIN, OPERATOR, FINANCE, VIEWER", 2);
		}
	}

}
