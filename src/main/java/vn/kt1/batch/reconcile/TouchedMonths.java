package vn.kt1.batch.reconcile;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The months whose figures an ingest run changed: the acceptance months of the items it
 * loaded, and the periods of the usage reports and vouchers it loaded. The nightly chain
 * reconciles exactly these. All executions of the run's job instance count: a file
 * registered by a failed execution may have been loaded by its restart.
 */
@Component
public class TouchedMonths {

	private final JdbcClient jdbc;

	TouchedMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param ingestExecutionId a job execution of {@code ingestJob}
	 * @return the months, oldest first
	 */
	public List<YearMonth> byIngestExecution(long ingestExecutionId) {
		return this.jdbc.sql("""
				SELECT DISTINCT DATE_FORMAT(e.accepted_at, '%Y-%m') AS month
				  FROM input_file f JOIN item_event e ON e.file_id = f.id
				 WHERE f.job_execution_id IN (SELECT s.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION s JOIN BATCH_JOB_EXECUTION x ON x.JOB_INSTANCE_ID = s.JOB_INSTANCE_ID WHERE x.JOB_EXECUTION_ID = :id) AND f.status = 'LOADED'
				UNION
				SELECT DISTINCT u.period FROM input_file f JOIN usage_report u ON u.file_id = f.id
				 WHERE f.job_execution_id IN (SELECT s.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION s JOIN BATCH_JOB_EXECUTION x ON x.JOB_INSTANCE_ID = s.JOB_INSTANCE_ID WHERE x.JOB_EXECUTION_ID = :id) AND f.status = 'LOADED'
				UNION
				SELECT DISTINCT v.period FROM input_file f JOIN payment_voucher v ON v.file_id = f.id
				 WHERE f.job_execution_id IN (SELECT s.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION s JOIN BATCH_JOB_EXECUTION x ON x.JOB_INSTANCE_ID = s.JOB_INSTANCE_ID WHERE x.JOB_EXECUTION_ID = :id) AND f.status = 'LOADED'
				ORDER BY month
				""").param("id", ingestExecutionId).query(String.class).list().stream().map(YearMonth::parse).toList();
	}

}
