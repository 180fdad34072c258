package vn.kt1.batch.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.kt1.batch.report.annex.AnnexTotals;

/**
 * {@code kt1 report check-totals 2025 --annex phu-luc-kt1-2025.xlsx}: the year's totals in the
 * annex against the sum of the months' current reconciliation runs, items and VND; prints
 * both and {@code OK} or {@code DIFFERENT} (exit code 1).
 */
@Command(name = "check-totals", mixinStandardHelpOptions = true,
		description = "Compare the annex's year totals (items, VND) with the sum of the year's current "
				+ "reconciliation runs: prints OK or DIFFERENT (exit code 1).")
class TotalsCheckCommand implements Callable<Integer> {

	/** The months' current runs, as {@code kt1 checks} and the report take them. */
	static final String RUN_TOTALS = "SELECT COUNT(*), COALESCE(SUM(items), 0), COALESCE(SUM(fees_vnd), 0) "
			+ "FROM reconcile_run WHERE current AND status = 'COMPLETED' AND month LIKE ?";

	private final JdbcTemplate jdbc;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "YEAR", description = "The year reported")
	private int year;

	@Option(names = "--annex", paramLabel = "FILE", required = true, description = "The annex, phu-luc-kt1-YYYY.xlsx")
	private Path annex;

	TotalsCheckCommand(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Integer call() throws Exception {
		AnnexTotals shown = AnnexTotals.read(this.annex);
		long[] runs = this.jdbc.queryForObject(RUN_TOTALS,
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }, this.year + "-%");
		boolean same = shown.items() == runs[1] && shown.feesVnd() == runs[2];
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf(Locale.ROOT, "annex %s: %,d items, %,d VND%n", this.annex.getFileName(), shown.items(),
				shown.feesVnd());
		out.printf(Locale.ROOT, "sum of the %d current runs of %d: %,d items, %,d VND%n", runs[0], this.year, runs[1],
				runs[2]);
		out.println(same ? "OK" : "DIFFERENT");
		return same ? 0 : 1;
	}

}
