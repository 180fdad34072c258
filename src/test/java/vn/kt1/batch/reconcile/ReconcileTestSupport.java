package vn.kt1.batch.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

/** Empties the reconciliation tables; ingests the hand-made month. */
public final class ReconcileTestSupport {

	/** The hand-made month: October 2026 of six agencies, each flag where its comments say. */
	public static final Path HAND_MADE_MONTH = Path.of("jobs/reconcile/sample");

	private ReconcileTestSupport() {
	}

	public static void clear(JdbcTemplate jdbc) {
		for (String table : new String[] { "settlement_adjustment", "exception_decision", "reconcile_item_split",
				"reconcile_continuity", "reconcile_office_day", "reconcile_source_file", "reconcile_event_check",
				"month_signoff", "data_check_ack", "data_check_override", "data_check", "delivery_quality",
				"reconcile_exception", "reconcile_agency", "reconcile_run" }) {
			jdbc.update("DELETE FROM " + table);
		}
	}

	/**
	 * Empties the ingest's tables, delivers the hand-made month to the inbox and ingests it as
	 * of 30 November 2026.
	 * @return the ingest's execution
	 */
	public static JobExecution ingestHandMadeMonth(JdbcTemplate jdbc, ReferenceImportService reference,
			IngestProperties properties, JobOperator jobOperator, Job ingestJob) throws Exception {
		IngestTestSupport.reset(jdbc, reference, properties);
		IngestTestSupport.deliverFrom(HAND_MADE_MONTH, properties);
		return jobOperator.start(ingestJob,
				new JobParametersBuilder().addLocalDate("businessDate", LocalDate.of(2026, 11, 30)).toJobParameters());
	}

}
