package vn.kt1.batch.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The attempts at each period of a job. A period is a set of identifying parameters (for
 * example {@code businessDate=2026-11-22}); its attempts are the job instances with those
 * parameters, plus {@code attempt=N} for the re-runs.
 */
@Component
public class JobAttempts {

	/** The identifying parameter that makes a re-run of a completed period a new instance. */
	public static final String ATTEMPT = "attempt";

	private final JdbcTemplate jdbc;

	JobAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the latest attempt at the period of these parameters, if any */
	public Optional<Attempt> latest(String jobName, JobParameters parameters) {
		return Optional.ofNullable(latestByPeriod(jobName).get(period(parameters)));
	}

	/**
	 * @return the latest attempt of every period of the job, keyed by
	 * {@link #period(JobParameters)}
	 */
	public Map<Map<String, String>, Attempt> latestByPeriod(String jobName) {
		Map<Long, Row> rows = new HashMap<>();
		this.jdbc.query("SELECT e.JOB_INSTANCE_ID, e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, p.PARAMETER_NAME, "
				+ "p.PARAMETER_TYPE, p.PARAMETER_VALUE FROM BATCH_JOB_INSTANCE i JOIN BATCH_JOB_EXECUTION e "
				+ "ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID AND e.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID) "
				+ "FROM BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID) "
				+ "LEFT JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "AND p.IDENTIFYING = 'Y' WHERE i.JOB_NAME = ?", (rs) -> {
					Row row = rows.get(rs.getLong(1));
					if (row == null) {
						row = Row.of(rs);
						rows.put(row.instanceId, row);
					}
					row.add(rs);
				}, jobName);
		Map<Map<String, String>, Attempt> latest = new HashMap<>();
		for (Row row : rows.values()) {
			latest.merge(row.period, row.attempt(), (a, b) -> (a.number() >= b.number()) ? a : b);
		}
		return latest;
	}

	/**
	 * @return the period of a set of parameters: its identifying parameters other than
	 * {@code attempt}, each as {@code type:value}, the way the job repository stores them
	 */
	public static Map<String, String> period(JobParameters parameters) {
		Map<String, String> period = new TreeMap<>();
		for (JobParameter<?> parameter : parameters.getIdentifyingParameters()) {
			if (!ATTEMPT.equals(parameter.name())) {
				period.put(parameter.name(), parameter.type().getName() + ":" + parameter.value());
			}
		}
		return period;
	}

	/** @return the parameters with the identifying {@code attempt=number} added */
	public static JobParameters withAttempt(JobParameters parameters, int number) {
		return new JobParametersBuilder(parameters).addLong(ATTEMPT, (long) number).toJobParameters();
	}

	/** One instance's last execution and its identifying parameters, gathered row by row. */
	private static final class Row {

		private final long instanceId;

		private final long executionId;

		private final BatchStatus status;

		private final Timestamp startTime;

		private final Map<String, String> period = new TreeMap<>();

		private int attempt = 1;

		private Row(long instanceId, long executionId, BatchStatus status, Timestamp startTime) {
			this.instanceId = instanceId;
			this.executionId = executionId;
			this.status = status;
			this.startTime = startTime;
		}

		static Row of(ResultSet rs) throws SQLException {
			return new Row(rs.getLong(1), rs.getLong(2), BatchStatus.valueOf(rs.getString(3)), rs.getTimestamp(4));
		}

		void add(ResultSet rs) throws SQLException {
			String name = rs.getString(5);
			if (ATTEMPT.equals(name)) {
				this.attempt = Integer.parseInt(rs.getString(7));
			}
			else if (name != null) {
				this.period.put(name, rs.getString(6) + ":" + rs.getString(7));
			}
		}

		Attempt attempt() {
			return new Attempt(this.instanceId, this.attempt, this.executionId, this.status,
					(this.startTime != null) ? this.startTime.toLocalDateTime() : null);
		}

	}

}
