package vn.kt1.batch.reconcile.signoff;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 signoff MONTH --reason TEXT} signs the month's current reconciliation run;
 * {@code kt1 signoff --list [--from M] [--to M]} lists the signatures, superseded ones too.
 */
@Component
@Command(name = "signoff", mixinStandardHelpOptions = true,
		description = { "Sign off a month's reconciliation (its current run), or list the signatures.",
				"A signed month is not reconciled again by the nightly chain; kt1 run reconcile month=M --rerun "
						+ "--reason R supersedes the signature." })
class SignoffCommand implements CliCommand, Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final MonthSignoffs signoffs;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "MONTH", description = "The month (YYYY-MM)")
	private YearMonth month;

	@Option(names = "--reason", paramLabel = "TEXT", description = "What the signature attests (recorded)")
	private String reason;

	@Option(names = "--list", description = "List the signatures instead")
	private boolean list;

	@Option(names = "--from", description = "With --list: first month (YYYY-MM), default all")
	private YearMonth from;

	@Option(names = "--to", description = "With --list: last month (YYYY-MM), default all")
	private YearMonth to;

	SignoffCommand(MonthSignoffs signoffs) {
		this.signoffs = signoffs;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.list) {
			if (this.month != null || this.reason != null) {
				throw new CliException("--list takes --from and --to, not a month or --reason", 2);
			}
			list(out);
			return 0;
		}
		if (this.from != null || this.to != null) {
			throw new CliException("--from and --to go with --list", 2);
		}
		if (this.month == null) {
			throw new CliException("which month? kt1 signoff YYYY-MM --reason \"...\" (or kt1 signoff --list)", 2);
		}
		if (this.reason == null || this.reason.isBlank()) {
			throw new CliException("kt1 signoff " + this.month + " needs --reason \"what the signature attests\"", 2);
		}
		try {
			Signoff signoff = this.signoffs.sign(this.month, this.reason);
			out.println("Tháng " + signoff.month() + ": " + signoff.line());
			return 0;
		}
		catch (SignoffException ex) {
			throw new CliException(ex.getMessage());
		}
	}

	private void list(PrintWriter out) {
		out.printf("%-7s %-5s %-16s %-16s %-16s %s%n", "MONTH", "RUN", "SIGNED BY", "AT", "SUPERSEDED", "REASON");
		for (Signoff signoff : this.signoffs.history((this.from != null) ? this.from : YearMonth.of(1, 1),
				(this.to != null) ? this.to : YearMonth.of(9999, 12))) {
			out.printf("%-7s %-5d %-16s %-16s %-16s %s%n", signoff.month(), signoff.runId(), signoff.signedBy(),
					TIME.format(signoff.signedAt()),
					signoff.standing() ? "-" : TIME.format(signoff.supersededAt()),
					signoff.reason() + (signoff.standing() ? ""
							: " | superseded by " + signoff.supersededBy() + ": " + signoff.supersededReason()));
		}
	}

}
