package vn.kt1.batch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order is event time, not arrival (docs/inputs.md section 2): the same set of files, loaded in
 * one night or over many, under any names and in any order, ends in the same tables. The set
 * ({@link ArrivalSet}) has late days, a day sent again by another program, a byte-for-byte
 * copy, two days in one file, a bad row and its correction, a report and its resubmission,
 * and a voucher sent twice.
 */
@Kt1IntegrationTest
class IngestArrivalOrderFunctionalTests {

	private static final int SHUFFLES = 6;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	private JobOperatorTestUtils jobs;

	private LocalDate businessDate = LocalDate.of(2026, 11, 1);

	@BeforeEach
	void jobs() {
		this.jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		this.jobs.setJob(this.ingestJob);
	}

	@Test
	void anyArrivalOrderAndAnyNightsEndInTheTablesOfTheFilesSentInOrder() throws Exception {
		List<ArrivalSet.Sent> files = ArrivalSet.files();
		List<ArrivalSet.Sent> inOrder = new ArrayList<>(files);
		inOrder.sort(Comparator.comparing(ArrivalSet.Sent::sentAt));
		List<String> expected = load(nights(inOrder, inOrder.size()));
		assertThat(expected).anyMatch((row) -> row.contains("CHUYEN_HOAN")).anyMatch((row) -> row.contains("DUPLICATE"));

		assertThat(load(List.of(files))).as("all in one night").containsExactlyElementsOf(expected);
		Random random = new Random(20261207);
		for (int shuffle = 0; shuffle < SHUFFLES; shuffle++) {
			List<ArrivalSet.Sent> arrival = new ArrayList<>(files);
			Collections.shuffle(arrival, random);
			int nights = 1 + random.nextInt(arrival.size());
			assertThat(load(nights(arrival, nights))).as("arrival %s over %d nights", names(arrival), nights)
				.containsExactlyElementsOf(expected);
		}
	}

	@Test
	void theInOrderTablesHoldEveryItemOnceInItsLatestStateAndTheCorrectedRow() throws Exception {
		List<ArrivalSet.Sent> files = new ArrayList<>(ArrivalSet.files());
		Collections.reverse(files);

		load(List.of(files));

		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT barcode) FROM item_event", Integer.class))
			.isEqualTo(ArrivalSet.ITEMS);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT barcode, status FROM item_event "
				+ "GROUP BY barcode, status HAVING COUNT(*) > 1) twice", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event WHERE status = 'CHAP_NHAN'", Integer.class))
			.isEqualTo(ArrivalSet.ITEMS);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT status FROM input_file WHERE kind = 'THROUGHPUT'",
				String.class))
			.containsExactlyInAnyOrder("LOADED", "DUPLICATE");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(agency_code, ' ', period, ' ', urgency, ' ', items) "
				+ "FROM usage_report WHERE current AND period = '2026-10' ORDER BY 1", String.class))
			.containsExactly("1820001 2026-10 HT 1", "1820001 2026-10 KT1 5", "1820002 2026-10 KT1 2",
					"2820101 2026-10 KT1 1");
		assertThat(this.jdbc.queryForList("SELECT UPPER(voucher_no) FROM payment_voucher WHERE voucher_no LIKE 'PC%' "
				+ "ORDER BY 1", String.class))
			.containsExactly("PC-001", "PC-002", "PC-003");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(status, ' ', rows_read, ' ', rows_loaded + rows_known) "
				+ "FROM input_file WHERE file_name IN ('gui_lai_sanluong_2026-10-04.csv', 'sanluong_2026-10-04.csv')",
				String.class))
			.containsExactly("LOADED 80 80", "LOADED 80 80");
	}

	private List<String> load(List<List<ArrivalSet.Sent>> nights) throws Exception {
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		for (List<ArrivalSet.Sent> night : nights) {
			for (ArrivalSet.Sent file : night) {
				file.deliver(this.properties.inbox());
			}
			this.businessDate = this.businessDate.plusDays(1);
			JobExecution run = this.jobs.startJob(new JobParametersBuilder()
				.addLocalDate("businessDate", this.businessDate)
				.toJobParameters());
			assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
		return tables();
	}

	/** @return what the files made of the tables, whichever file each row came from, a line a row */
	private List<String> tables() {
		List<String> lines = new ArrayList<>();
		for (String query : new String[] { "SELECT barcode, status, accepted_at, post_office_code, sender_code, "
				+ "receiver_code, urgency, secrecy, item_type, weight_g, fee_vnd, due_at, delivered_at, sender_eligible "
				+ "FROM item_event ORDER BY barcode, status_rank, status",
				"SELECT agency_code, period, urgency, items, amount_vnd FROM usage_report WHERE current "
						+ "ORDER BY agency_code, period, urgency",
				"SELECT agency_code, UPPER(voucher_no), amount_vnd FROM payment_voucher ORDER BY agency_code, 2",
				"SELECT f.file_name, r.line, r.column_code FROM input_reject r JOIN input_file f ON f.id = r.file_id "
						+ "WHERE f.kind <> 'SPENDING' ORDER BY 1, 2",
				"SELECT status, COUNT(*) FROM input_file GROUP BY status ORDER BY status",
				"SELECT COUNT(*) spending_rejects FROM input_reject r JOIN input_file f ON f.id = r.file_id "
						+ "WHERE f.kind = 'SPENDING'" }) {
			this.jdbc.queryForList(query).forEach((row) -> lines.add(row.toString()));
		}
		return lines;
	}

	private static List<List<ArrivalSet.Sent>> nights(List<ArrivalSet.Sent> arrival, int count) {
		List<List<ArrivalSet.Sent>> nights = new ArrayList<>();
		for (int i = 0; i < arrival.size(); i++) {
			int night = (int) ((long) i * count / arrival.size());
			while (nights.size() <= night) {
				nights.add(new ArrayList<>());
			}
			nights.get(night).add(arrival.get(i));
		}
		return nights;
	}

	private static List<String> names(List<ArrivalSet.Sent> files) {
		return files.stream().map(ArrivalSet.Sent::name).toList();
	}

}
