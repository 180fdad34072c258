package vn.kt1.batch.estimate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;

/**
 * A small province for the estimate of 2027 made on 15 June 2026 (history 2024-01 to
 * 2026-05, 29 months), with one agency per kind of input: the agencies of
 * {@code src/test/resources/estimate/world} and their items, written straight into
 * {@code item_event}. Prices are round: a letter of 20 g within the province costs 11,000 with
 * VAT.
 */
final class EstimateWorld {

	static final Path REFERENCE = Path.of("src/test/resources/estimate/world");

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

	static final YearMonth START = YearMonth.of(2024, 1);

	static final int MONTHS = 29;

	/**
	 * 20 letters a month within the province (11,000 each) and 2 express secret parcels of 120 g
	 * to another province ((30,000 + 40,000 + 30,000) x 1.1 = 110,000 each).
	 */
	static final String STEADY = "1820001";

	/** The same history, on the list until 30 June 2027. */
	static final String LEAVING = "1820002";

	/** Commune peers with 10, 20 and 30 letters a month. */
	static final String[] PEERS = { "3282491", "3282492", "3282493" };

	/** On the list for years, never sent an item. */
	static final String NEVER = "3282494";

	/** On the list from 1 January 2027. */
	static final String NEWCOMER = "3282495";

	/** 10 letters a month, and 1,000 in March 2025 (a month with three years of history). */
	static final String HUGE_MONTH = "3282496";

	/**
	 * 10 letters a month, and 1,000 in October 2025: a calendar month with two years of history,
	 * where the forecaster's outlier rule catches a one-off only by half.
	 */
	static final String HUGE_OCTOBER = "3282499";

	/** 10 letters a month, none from November 2024 to August 2025. */
	static final String GAP = "3282497";

	/** 10 letters a month, off the list at the end of 2026. */
	static final String GONE = "3282498";

	private final JdbcTemplate jdbc;

	private final List<Object[]> rows = new ArrayList<>();

	private EstimateWorld(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static void load(JdbcTemplate jdbc, ReferenceImportService reference, IngestProperties properties)
			throws IOException {
		EstimateTestSupport.clear(jdbc);
		ReconcileTestSupport.clear(jdbc);
		IngestTestSupport.reset(jdbc, reference, properties);
		ReferenceTestData.clear(jdbc);
		reference.importFiles(ReferenceImport.sample(REFERENCE));
		new EstimateWorld(jdbc).items();
	}

	/** Start estimateJob for 2027 as of 15 June 2026; the attempt makes a new job instance. */
	static JobExecution estimate(JobOperator operator, Job job, long attempt, String overrideChecks)
			throws Exception {
		JobParametersBuilder parameters = new JobParametersBuilder().addLong("year", 2027L)
			.addLong("attempt", attempt)
			.addLocalDate("asOf", AS_OF, false);
		if (overrideChecks != null) {
			parameters.addString("overrideChecks", overrideChecks, false);
		}
		return operator.start(job, parameters.toJobParameters());
	}

	/** @return the current run of 2027 */
	static long currentRun(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT id FROM estimate_run WHERE year = 2027 AND current", Long.class);
	}

	/** @return an agency's basis, months used, items, amount before contingency and estimate, in one line */
	static String row(JdbcTemplate jdbc, long run, String agency) {
		return jdbc.queryForObject("SELECT CONCAT_WS(' ', basis, months_used, items, base_vnd, amount_vnd) "
				+ "FROM estimate_agency WHERE run_id = ? AND agency_code = ?", String.class, run, agency);
	}

	private void items() {
		for (int m = 0; m < MONTHS; m++) {
			YearMonth month = START.plusMonths(m);
			for (String sender : new String[] { STEADY, LEAVING }) {
				add(sender, month, 20, "3282491", "KT1", "", 20);
				add(sender, month, 2, "1010001", "HT", "C", 120);
			}
			for (int p = 0; p < PEERS.length; p++) {
				add(PEERS[p], month, 10 * (p + 1), STEADY, "KT1", "", 20);
			}
			add(HUGE_MONTH, month, month.equals(YearMonth.of(2025, 3)) ? 1_000 : 10, STEADY, "KT1", "", 20);
			add(HUGE_OCTOBER, month, month.equals(YearMonth.of(2025, 10)) ? 1_000 : 10, STEADY, "KT1", "", 20);
			add(GAP, month, (m >= 10 && m < 20) ? 0 : 10, STEADY, "KT1", "", 20);
			add(GONE, month, 10, STEADY, "KT1", "", 20);
		}
		this.jdbc.batchUpdate("INSERT INTO item_event (file_id, line, barcode, status, status_rank, accepted_at, "
				+ "post_office_code, sender_code, receiver_code, urgency, secrecy, item_type, weight_g, fee_vnd, "
				+ "sender_eligible) VALUES (1, ?, ?, 'CHAP_NHAN', 1, ?, '870000', ?, ?, ?, ?, 'THU', ?, ?, TRUE)",
				this.rows);
	}

	private void add(String sender, YearMonth month, int count, String receiver, String urgency, String secrecy,
			int weightG) {
		for (int n = 0; n < count; n++) {
			int line = this.rows.size() + 1;
			this.rows.add(new Object[] { line, String.format("ES%09dVN", line),
					month.atDay(1 + n % 28).atTime(9, 0), sender, receiver, urgency, secrecy, weightG,
					"HT".equals(urgency) ? 110_000 : 11_000 });
		}
	}

}
