package vn.kt1.batch.reconcile.decision;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;

/** {@code kt1 decisions --month M}: the month's standing decisions, each APPLIES or NO_LONGER_MATCHES. */
@Component
@Command(name = "decisions", mixinStandardHelpOptions = true,
		description = { "List a month's decisions (imported with kt1 import decisions) and whether each still applies "
				+ "to the month's current reconciliation run." })
class DecisionsCommand implements CliCommand, Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final String LINE = "%-28s %-10s %14s %-17s %-16s %-16s %s%n";

	private final MonthDecisions decisions;

	@Spec
	private CommandSpec spec;

	@Option(names = "--month", required = true, description = "The month, YYYY-MM")
	private YearMonth month;

	DecisionsCommand(MonthDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		List<DecisionStatus> statuses = this.decisions.of(this.month);
		out.printf(LINE, "ROW", "DECISION", "AMOUNT", "STATUS", "BY", "AT", "NOTE");
		for (DecisionStatus status : statuses) {
			Decision decision = status.decision();
			out.printf(LINE, decision.key(), decision.code(),
					(decision.amount() != null) ? String.format("%,d", decision.amount()) : "-", status.status(),
					decision.decidedBy(), TIME.format(decision.decidedAt()),
					(decision.note() != null) ? decision.note() : "");
		}
		out.println(summary(this.month, MonthDecisions.totals(statuses)));
		return 0;
	}

	/** @return e.g. {@code 2026-10: 3 decisions apply (1 adjustment, +12,500 VND; 1 dispute), 1 no longer matches} */
	static String summary(YearMonth month, DecisionTotals totals) {
		int apply = totals.adjustments() + totals.disputes() + totals.accepted();
		return String.format("%s: %d decision(s) apply (%d adjustment(s), %+,d VND; %d dispute(s)), "
				+ "%d no longer match%s", month, apply, totals.adjustments(), totals.adjustedVnd(), totals.disputes(),
				totals.noLongerMatching(), (totals.noLongerMatching() > 0)
						? " (re-export with kt1 export exceptions --month " + month + " and decide again)" : "");
	}

}
