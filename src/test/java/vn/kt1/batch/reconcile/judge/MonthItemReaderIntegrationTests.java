package vn.kt1.batch.reconcile.judge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reconcile.checks.EventFindings;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month's items as the reader folds them from the events in index order, against a
 * {@code GROUP BY barcode} of the same events written here, when many items share their
 * second of acceptance and their events interleave.
 */
@Kt1IntegrationTest
class MonthItemReaderIntegrationTests {

	/** Each item as this test's own grouping sees it, in the reader's order (barcode within a second). */
	private static final String GROUPED = """
			SELECT CONCAT_WS(' ', barcode, MIN(accepted_at), MIN(post_office_code), MIN(sender_code), MIN(item_type),
			       MIN(weight_g), MIN(fee_vnd), COALESCE(MAX(due_at), '-'),
			       COALESCE(MIN(CASE WHEN status IN ('DA_PHAT', 'CHUYEN_HOAN') THEN delivered_at END), '-'),
			       CASE WHEN MAX(status = 'THAT_LAC') THEN 'THAT_LAC' WHEN MAX(status = 'CHUYEN_HOAN') THEN 'CHUYEN_HOAN'
			            WHEN MAX(status = 'DA_PHAT') THEN 'DA_PHAT' WHEN MAX(status = 'DANG_PHAT') THEN 'DANG_PHAT'
			            ELSE 'CHAP_NHAN' END,
			       MIN(sender_eligible))
			  FROM item_event WHERE accepted_at >= '2026-10-01' AND accepted_at < '2026-11-01'
			 GROUP BY barcode ORDER BY MIN(accepted_at), barcode
			""";

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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

	@Autowired
	private MonthItemReader reader;

	@BeforeEach
	void loadTheHandMadeMonth() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		ReconcileTestSupport.clear(this.jdbc);
		assertThat(ReconcileTestSupport.ingestHandMadeMonth(this.jdbc, this.reference, this.properties,
				this.jobOperator, this.ingestJob).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void itemsOfTheSameSecondWithInterleavedEventsAreFoldedOneEach() {
		// every October item accepted in the same second, and the events renumbered so that
		// each item's come apart: all acceptances first, then every later state
		this.jdbc.update("UPDATE item_event SET accepted_at = '2026-10-05 09:00:00' WHERE accepted_at >= '2026-10-01' "
				+ "AND accepted_at < '2026-11-01'");
		this.jdbc.update("UPDATE item_event SET line = line + 1000 * status_rank");
		List<String> items = new ArrayList<>();
		EventFindings findings = new EventFindings();

		this.reader.forEach(YearMonth.of(2026, 10), LocalDate.of(2026, 12, 31),
				(item) -> items.add(String.join(" ", item.barcode(), text(item.acceptedAt()),
						item.postOfficeCode(), item.senderCode(), item.itemType(), String.valueOf(item.weightG()),
						String.valueOf(item.feeVnd()), text(item.agreedDueAt()), text(item.attemptedAt()), item.state(),
						item.senderEligible() ? "1" : "0")),
				findings);

		List<String> grouped = this.jdbc.queryForList(GROUPED, String.class);
		assertThat(grouped).hasSize(9);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event WHERE accepted_at = '2026-10-05 09:00:00' "
				+ "AND status_rank > 1", Integer.class)).isGreaterThan(5);
		assertThat(items).containsExactlyElementsOf(grouped);
		assertThat(findings).hasToString(
				"EventFindings[duplicatedStates=0, unknownOffices=0, ineligibleSenders=1, badTimes=0, badValues=0]");
	}

	private static String text(LocalDateTime time) {
		return (time == null) ? "-" : SECONDS.format(time);
	}

}
