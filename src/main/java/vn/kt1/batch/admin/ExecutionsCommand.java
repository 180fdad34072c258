package vn.kt1.batch.admin;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;

/** {@code kt1 executions [--job J] [--status S] [--since DATE]}: a table of job executions. */
@Component
@Command(name = "executions", mixinStandardHelpOptions = true, description = "List job executions, newest first.")
public class ExecutionsCommand implements CliCommand, Callable<Integer> {

	private final JdbcTemplate jdbc;

	@Spec
	private CommandSpec spec;

	@Option(names = "--job", description = "Only this job, e.g. ingest or ingestJob")
	private String job;

	@Option(names = "--status", paramLabel = "STATUS",
			description = "Only this status: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED, UNKNOWN")
	private BatchStatus status;

	@Option(names = "--since", description = "Only executions created on or after this date (YYYY-MM-DD)")
	private LocalDate since;

	@Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE})")
	private int limit;

	ExecutionsCommand(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Integer call() {
		StringBuilder sql = new StringBuilder("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.CREATE_TIME, "
				+ "e.START_TIME, e.END_TIME, (SELECT GROUP_CONCAT(CONCAT(p.PARAMETER_NAME, '=', p.PARAMETER_VALUE) "
				+ "ORDER BY p.PARAMETER_NAME SEPARATOR ' ') FROM BATCH_JOB_EXECUTION_PARAMS p "
				+ "WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.IDENTIFYING = 'Y') FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE 1 = 1");
		List<Object> arguments = new ArrayList<>();
		if (this.job != null) {
			sql.append(" AND i.JOB_NAME = ?");
			arguments.add(this.job.endsWith("Job") ? this.job : this.job + "Job");
		}
		if (this.status != null) {
			sql.append(" AND e.STATUS = ?");
			arguments.add(this.status.name());
		}
		if (this.since != null) {
			sql.append(" AND e.CREATE_TIME >= ?");
			arguments.add(this.since.atStartOfDay());
		}
		sql.append(" ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ").append(Math.max(1, this.limit));
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("%-8s %-12s %-10s %-19s %-19s  %s%n", "ID", "JOB", "STATUS", "STARTED", "ENDED", "PARAMETERS");
		this.jdbc.query(sql.toString(), (rs) -> {
			out.printf("%-8d %-12s %-10s %-19s %-19s  %s%n", rs.getLong(1), rs.getString(2), rs.getString(3),
					time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getString(7));
		}, arguments.toArray());
		return 0;
	}

	static String time(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime().withNano(0).toString().replace('T', ' ') : "";
	}

}
