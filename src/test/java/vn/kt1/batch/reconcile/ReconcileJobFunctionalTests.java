package vn.kt1.batch.reconcile;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reconcile.checks.DataCheckGate;
import vn.kt1.batch.reconcile.checks.DataChecksFailedException;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-made month of {@code jobs/reconcile/sample}: six agencies whose
 * October 2026 was built so that each flag appears exactly where the comments say; the
 * expected rows were worked out by hand from the tariff (12,500 VND for a letter up to 50 g
 * within the province, 15,000 between provinces, 56,500 express).
 */
@Kt1IntegrationTest
class ReconcileJobFunctionalTests {

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	@Qualifier("reconcileJob")
	private Job reconcileJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private DataCheckGate gate;

	@Autowired
	private ReconcileFaults faults;

	@BeforeEach
	void loadTheMonth() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		ReconcileTestSupport.clear(this.jdbc);
		JobExecution ingest = ReconcileTestSupport.ingestHandMadeMonth(this.jdbc, this.reference, this.properties,
				this.jobOperator, this.ingestJob);
		assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT SUM(rows_rejected) FROM input_file", Integer.class)).isZero();
	}

	@Test
	void everyFlagWhereItShouldBeAndNowhereElse() throws Exception {
		JobExecution execution = reconcile("2026-10", LocalDate.of(2026, 12, 31), 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(agencyRows(currentRun("2026-10"))).containsExactly(
				// 3 items 40,000; report 40,900 and payment 39,500 are within max(1,000, 0.5 %)
				"1820001 listed 3 40000 40000 3 40900 39500 MATCHED",
				// 3 items, one lost and one returned; reports 2 for 25,000; pays 25,000 - 5,000 refund
				"1820002 listed 3 37500 37500 2 25000 20000 COUNT_MISMATCH,AMOUNT_MISMATCH,PARTLY_PAID",
				// charged 20,000 for a 12,500 letter, reported it, paid nothing
				"2820101 listed 1 20000 12500 1 20000 0 UNPAID,TARIFF_DEVIATION",
				// an express letter, no report, paid 60,000 for 56,500
				"3282493 listed 1 56500 56500 - - 60000 REPORT_MISSING,OVERPAID",
				// reports a letter the post office never accepted
				"3282494 listed 0 0 0 1 12500 0 NO_THROUGHPUT",
				// not on the Appendix II list
				"9999999 off-list 1 12500 12500 - - 0 INELIGIBLE_SENDER");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(kind, ' ', barcode, ' ', COALESCE(expected_vnd, '-'), ' ', "
				+ "COALESCE(actual_vnd, '-'), ' ', COALESCE(due_at, '-')) FROM reconcile_exception WHERE run_id = ? "
				+ "ORDER BY barcode, kind", String.class, currentRun("2026-10"))).containsExactly(
						"LOST KT200000045VN - - 2026-10-14 12:00:00",
						"RETURNED KT200000054VN - - 2026-10-14 12:00:00",
						"TARIFF_DEVIATION KT200000068VN 12500 20000 -",
						// express within the province: J + 1, by the end of Friday; delivered Monday
						"LATE KT200000071VN - - 2026-10-23 23:59:59",
						"INELIGIBLE_SENDER KT200000085VN - - -",
						// still in transit on the run date, due Tuesday noon
						"LATE KT200000099VN - - 2026-11-03 12:00:00");
		assertThat(this.jdbc.queryForList("SELECT CONCAT_WS(' ', post_office_code, scope, urgency, accepted, delivered, "
				+ "on_time, late, returned, lost, in_transit) FROM delivery_quality WHERE run_id = ? "
				+ "ORDER BY post_office_code, scope, urgency", String.class, currentRun("2026-10"))).containsExactly(
						"870000 LIEN_TINH KT1 1 1 1 0 0 0 0", "870000 NOI_TINH KT1 4 3 3 1 0 0 0",
						"870100 NOI_TINH HT 1 1 0 1 0 0 0", "870100 NOI_TINH KT1 3 1 1 0 1 1 0");
	}

	@Test
	void everyItemIsCountedInExactlyOneRow() throws Exception {
		for (String month : List.of("2026-02", "2026-09", "2026-10", "2026-11")) {
			reconcile(month, LocalDate.of(2026, 12, 31), 1);
		}

		Map<String, Object> table = this.jdbc.queryForMap("SELECT SUM(a.po_items) AS items, SUM(a.po_fees_vnd) AS fees "
				+ "FROM reconcile_agency a JOIN reconcile_run r ON r.id = a.run_id WHERE r.current");
		Map<String, Object> loaded = this.jdbc.queryForMap("SELECT COUNT(*) AS items, SUM(fee) AS fees FROM "
				+ "(SELECT barcode, MIN(fee_vnd) AS fee FROM item_event GROUP BY barcode) i");
		assertThat(table.get("items").toString()).isEqualTo(loaded.get("items").toString()).isEqualTo("13");
		assertThat(table.get("fees").toString()).isEqualTo(loaded.get("fees").toString()).isEqualTo("216500");
		assertThat(this.jdbc.queryForObject("SELECT SUM(reported_vnd) FROM reconcile_agency a JOIN reconcile_run r "
				+ "ON r.id = a.run_id WHERE r.current", Long.class)).isEqualTo(98_400L);
		assertThat(this.jdbc.queryForObject("SELECT SUM(paid_vnd) FROM reconcile_agency a JOIN reconcile_run r "
				+ "ON r.id = a.run_id WHERE r.current", Long.class)).isEqualTo(119_500L);
	}

	@Test
	void paymentsAreJudgedOnlyAfterTheGracePeriod() throws Exception {
		reconcile("2026-10", LocalDate.of(2026, 12, 14), 1);

		assertThat(agencyRows(currentRun("2026-10"))).extracting((row) -> row.substring(row.lastIndexOf(' ') + 1))
			.containsExactly("MATCHED", "COUNT_MISMATCH,AMOUNT_MISMATCH", "TARIFF_DEVIATION", "REPORT_MISSING",
					"NO_THROUGHPUT", "INELIGIBLE_SENDER");
	}

	@Test
	void aRerunReplacesTheCurrentResultsAndKeepsTheEarlierRun() throws Exception {
		reconcile("2026-10", LocalDate.of(2026, 12, 14), 1);
		long first = currentRun("2026-10");
		List<String> before = agencyRows(first);

		reconcile("2026-10", LocalDate.of(2026, 12, 31), 2);
		long second = currentRun("2026-10");
		reconcile("2026-10", LocalDate.of(2026, 12, 31), 3);
		long third = currentRun("2026-10");

		assertThat(second).isNotEqualTo(first);
		assertThat(agencyRows(third)).isEqualTo(agencyRows(second));
		assertThat(agencyRows(first)).isEqualTo(before);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(id, ' ', current) FROM reconcile_run ORDER BY id",
				String.class)).containsExactly(first + " 0", second + " 0", third + " 1");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_exception WHERE run_id = ?", Integer.class,
				third)).isEqualTo(6);
	}

	@Test
	void holidaysMoveDueDates() throws Exception {
		reconcile("2026-02", LocalDate.of(2026, 12, 31), 1);

		// accepted Friday 13 February, the day before the Tết holidays (14-22 February 2026):
		// J + 1.5 working days is noon of Tuesday 24 February, so Tuesday 09:00 is on time;
		// accepted Monday 2 February, due Wednesday noon, delivered Thursday: late
		assertThat(this.jdbc.queryForList("SELECT CONCAT(barcode, ' ', due_at) FROM reconcile_exception "
				+ "WHERE run_id = ? AND kind = 'LATE'", String.class, currentRun("2026-02")))
			.containsExactly("KT200000139VN 2026-02-04 12:00:00");
		assertThat(this.jdbc.queryForObject("SELECT CONCAT_WS(' ', on_time, late) FROM delivery_quality WHERE run_id = ?",
				String.class, currentRun("2026-02"))).isEqualTo("1 1");
	}

	@Test
	void theMonthAsAWorkbookForPeople() throws Exception {
		reconcile("2026-10", LocalDate.of(2026, 12, 31), 1);
		Path out = Files.createTempDirectory("kt1-export").resolve("doi-soat-2026-10.xlsx");

		StringWriter err = new StringWriter();
		int exit = this.commandLine.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "export",
				"reconciliation", "--month", "2026-10", "--out", out.toString());

		assertThat(exit).as(err.toString()).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			Sheet agencies = workbook.getSheet("Đối soát");
			assertThat(agencies.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
			assertThat(agencies.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
			Row flagged = agencies.getRow(5);
			assertThat(flagged.getCell(0).getStringCellValue()).isEqualTo("1820002");
			assertThat(flagged.getCell(6).getNumericCellValue()).isEqualTo(37_500);
			assertThat(flagged.getCell(11).getStringCellValue())
				.isEqualTo("Lệch số lượng; Lệch số tiền; Thanh toán thiếu");
			Row total = agencies.getRow(10);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(9);
			assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(166_500);
			assertThat(total.getCell(10).getNumericCellValue()).isEqualTo(119_500);
			assertThat(workbook.getSheet("Ngoại lệ").getLastRowNum()).isEqualTo(3 + 6);
			assertThat(workbook.getSheet("Chất lượng").getRow(4).getCell(11).getNumericCellValue()).isEqualTo(0.75);
		}
		assertThat(this.commandLine.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
				"export", "reconciliation", "--month", "2026-09", "--out", out.toString())).isEqualTo(1);
	}

	@Test
	void theItemChecksCountWhatIsWrongWithTheMonthsEvents() throws Exception {
		// one state reported twice, one item weighing 35 kg, delivery before acceptance, an
		// unknown post office; the month already has one sender off the list (KT200000085VN)
		this.jdbc.update("INSERT INTO item_event SELECT file_id, line + 100000, barcode, status, status_rank, "
				+ "accepted_at, post_office_code, sender_code, receiver_code, urgency, secrecy, item_type, weight_g, "
				+ "fee_vnd, due_at, delivered_at, sender_eligible FROM item_event WHERE barcode = 'KT200000045VN' "
				+ "ORDER BY status_rank LIMIT 1");
		this.jdbc.update("UPDATE item_event SET weight_g = 35000 WHERE barcode = 'KT200000068VN'");
		int backwards = this.jdbc.update("UPDATE item_event SET delivered_at = accepted_at - INTERVAL 1 DAY "
				+ "WHERE barcode = 'KT200000071VN' AND delivered_at IS NOT NULL");
		this.jdbc.update("UPDATE item_event SET post_office_code = '879999' WHERE barcode = 'KT200000054VN'");
		reconcile("2026-10", LocalDate.of(2026, 12, 31), 1);

		assertThat(backwards).isPositive();
		assertThat(this.jdbc.queryForList("SELECT CONCAT(check_name, ' ', severity, ' ', findings) FROM data_check "
				+ "WHERE run_id = ? AND check_name IN ('UNIQUE_EVENTS', 'REFERENCE_POST_OFFICE', 'INELIGIBLE_SENDERS', "
				+ "'RANGE_TIMES', 'RANGE_VALUES') ORDER BY check_name", String.class, currentRun("2026-10")))
			.containsExactly("INELIGIBLE_SENDERS WARNING 1", "RANGE_TIMES ERROR " + backwards, "RANGE_VALUES WARNING 1",
					"REFERENCE_POST_OFFICE ERROR 1", "UNIQUE_EVENTS WARNING 1");
	}

	@Test
	void anErrorCheckBlocksUntilOverriddenAndTheOverrideIsRecorded() throws Exception {
		// the post office 870100 left the list after its items were loaded
		this.jdbc.update("DELETE FROM post_office WHERE code = '870100'");
		reconcile("2026-10", LocalDate.of(2026, 12, 31), 1);

		assertThat(this.jdbc.queryForObject("SELECT CONCAT(severity, ' ', findings) FROM data_check WHERE run_id = ? "
				+ "AND check_name = 'REFERENCE_POST_OFFICE'", String.class, currentRun("2026-10"))).isEqualTo("ERROR 4");
		YearMonth from = YearMonth.of(2026, 1);
		YearMonth to = YearMonth.of(2026, 12);
		assertThatThrownBy(() -> this.gate.require(from, to, "estimateJob year=2027", null))
			.isInstanceOf(DataChecksFailedException.class)
			.hasMessageStartingWith("1 ERROR data check(s) in 2026-01..2026-12, first 2026-10 REFERENCE_POST_OFFICE: "
					+ "4 items from post offices that are not on the post-office list");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check_override", Integer.class)).isZero();

		this.gate.require(from, to, "estimateJob year=2027", "post office 870100 merged into 870000 in October");

		assertThat(this.jdbc.queryForObject("SELECT CONCAT_WS(' | ', c.check_name, o.overridden_for, o.reason) "
				+ "FROM data_check_override o JOIN data_check c ON c.id = o.check_id", String.class))
			.isEqualTo("REFERENCE_POST_OFFICE | estimateJob year=2027 | post office 870100 merged into 870000 in October");
		this.gate.require(YearMonth.of(2027, 1), YearMonth.of(2027, 12), "estimateJob year=2028", null);
	}

	@Test
	void aRunThatFailsPartWayRestartsToTheSameTablesAsACleanRun() throws Exception {
		reconcile("2026-10", LocalDate.of(2026, 12, 31), 1);
		List<String> clean = agencyRows(currentRun("2026-10"));
		List<String> cleanFigures = reportFigures(currentRun("2026-10"));
		assertThat(cleanFigures).anyMatch((row) -> row.startsWith("file ")).contains("stored");
		int[] failures = { 2 };
		this.faults.set((step) -> {
			if (failures[0] > 0 && step.equals((failures[0] == 2) ? "reconcileMonthStep" : "reconcileChecksStep")) {
				failures[0]--;
				throw new IllegalStateException("injected fault in " + step);
			}
		});
		try {
			JobExecution failed = reconcile("2026-10", LocalDate.of(2026, 12, 31), 2);
			assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
			long runId = failed.getExecutionContext().getLong(ReconcileTasklets.RUN_ID);
			// the month step rolled back: nothing of the new run, and the first run stays current
			assertThat(agencyRows(runId)).isEmpty();
			assertThat(reportFigures(runId)).containsExactly("not stored");
			assertThat(currentRun("2026-10")).isNotEqualTo(runId);

			JobExecution second = this.jobOperator.restart(failed);
			assertThat(second.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(agencyRows(runId)).isEqualTo(clean);
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check WHERE run_id = ?", Integer.class, runId))
				.isZero();

			JobExecution third = this.jobOperator.restart(second);
			assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(currentRun("2026-10")).isEqualTo(runId);
			assertThat(agencyRows(runId)).isEqualTo(clean);
			assertThat(reportFigures(runId)).isEqualTo(cleanFigures);
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check WHERE run_id = ?", Integer.class, runId))
				.isEqualTo(10);
		}
		finally {
			this.faults.clear();
		}
	}

	@Test
	void aChecksStepWithoutTheMonthsCountsOfItsEventsFailsSayingToReconcileAgain() throws Exception {
		this.faults.set((step) -> {
			if (step.equals("reconcileChecksStep")) {
				throw new IllegalStateException("injected fault in " + step);
			}
		});
		JobExecution failed;
		try {
			failed = reconcile("2026-10", LocalDate.of(2026, 12, 31), 3);
		}
		finally {
			this.faults.clear();
		}
		long runId = failed.getExecutionContext().getLong(ReconcileTasklets.RUN_ID);
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(duplicated_states, ' ', unknown_offices, ' ', "
				+ "ineligible_senders, ' ', bad_times, ' ', bad_values) FROM reconcile_event_check WHERE run_id = ?",
				String.class, runId)).isNotNull();
		// as a run whose month step ran before the counts were stored with it
		this.jdbc.update("DELETE FROM reconcile_event_check WHERE run_id = ?", runId);

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(restarted.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("Run " + runId + " was reconciled by an earlier "
					+ "version, which did not count the item events' findings; reconcile the month again (--rerun)"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check WHERE run_id = ?", Integer.class, runId))
			.isZero();
	}

	private JobExecution reconcile(String month, LocalDate asOf, long attempt) throws Exception {
		return this.jobOperator.start(this.reconcileJob, new JobParametersBuilder().addString("month", month)
			.addLong("attempt", attempt)
			.addLocalDate("asOf", asOf, false)
			.toJobParameters());
	}

	private long currentRun(String month) {
		return this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = ? AND current", Long.class, month);
	}

	private List<String> agencyRows(long runId) {
		return this.jdbc.query("SELECT * FROM reconcile_agency WHERE run_id = ? ORDER BY agency_code",
				(rs, n) -> String.join(" ", rs.getString("agency_code"), rs.getBoolean("on_list") ? "listed" : "off-list",
						rs.getString("po_items"), rs.getString("po_fees_vnd"), rs.getString("expected_fees_vnd"),
						orDash(rs.getString("reported_items")), orDash(rs.getString("reported_vnd")),
						rs.getString("paid_vnd"), rs.getString("flags")),
				runId);
	}

	/** @return what the run stored for the reports: its splits, the files it counted, and whether it stored them */
	private List<String> reportFigures(long runId) {
		List<String> rows = new ArrayList<>(this.jdbc.queryForList("SELECT CONCAT_WS(' ', 'split', post_office_code, "
				+ "urgency, secrecy, item_type, items, fees_vnd, lost, returned) FROM reconcile_item_split WHERE run_id = ? "
				+ "ORDER BY post_office_code, urgency, secrecy, item_type", String.class, runId));
		rows.addAll(this.jdbc.queryForList("SELECT CONCAT_WS(' ', 'file', file_id, events) FROM reconcile_source_file "
				+ "WHERE run_id = ? ORDER BY file_id", String.class, runId));
		rows.add(this.jdbc.queryForObject("SELECT report_figures FROM reconcile_run WHERE id = ?", Boolean.class, runId)
				? "stored" : "not stored");
		return rows;
	}

	private static String orDash(String value) {
		return (value != null) ? value : "-";
	}


}
