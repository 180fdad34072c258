package vn.kt1.batch.reconcile.checks;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 checks [--from M] [--to M] [--all] [--run ID]}: the data checks of the months'
 * current runs (or of one run), with what they found.
 */
@Component
@Command(name = "checks", mixinStandardHelpOptions = true,
		description = "Data checks of reconciled months: severity, check, findings.")
public class ChecksCommand implements CliCommand, Callable<Integer> {

	private final JdbcTemplate jdbc;

	@Spec
	private CommandSpec spec;

	@Option(names = "--from", description = "First month (YYYY-MM), default all")
	private YearMonth from;

	@Option(names = "--to", description = "Last month (YYYY-MM), default all")
	private YearMonth to;

	@Option(names = "--run", description = "One run (any, also an earlier one) instead of the current runs")
	private Long run;

	@Option(names = "--all", description = "Also the checks that found nothing")
	private boolean all;

	ChecksCommand(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Integer call() {
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new CliException("--from " + this.from + " is after --to " + this.to, 2);
		}
		String where = (this.run != null) ? "r.id = ?" : "r.current AND r.month BETWEEN ? AND ?";
		Object[] arguments = (this.run != null) ? new Object[] { this.run }
				: new Object[] { (this.from != null) ? this.from.toString() : "0000-01",
						(this.to != null) ? this.to.toString() : "9999-12" };
		PrintWriter out = this.spec.commandLine().getOut();
		int[] errors = new int[2];
		out.printf("%-7s %-6s %-7s %-22s %s%n", "MONTH", "RUN", "LEVEL", "CHECK", "FOUND");
		this.jdbc.query("SELECT r.month, r.id, c.severity, c.check_name, c.message FROM data_check c JOIN reconcile_run r "
				+ "ON r.id = c.run_id WHERE " + where + (this.all ? "" : " AND c.severity <> 'OK'")
				+ " ORDER BY r.month, FIELD(c.severity, 'ERROR', 'WARNING', 'INFO', 'OK'), c.check_name", (rs) -> {
					out.printf("%-7s %-6d %-7s %-22s %s%n", rs.getString(1), rs.getLong(2), rs.getString(3),
							rs.getString(4), rs.getString(5));
					errors[0] += "ERROR".equals(rs.getString(3)) ? 1 : 0;
					errors[1]++;
				}, arguments);
		out.printf("%d checks listed, %d ERROR%s%n", errors[1], errors[0],
				(errors[0] > 0) ? " (they block estimates and reports unless overridden with a reason: "
						+ "--override-checks with kt1 estimate and kt1 report year-end, overrideChecks= with kt1 run)"
						: "");
		return 0;
	}

}
