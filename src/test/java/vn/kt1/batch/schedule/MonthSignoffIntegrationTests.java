package vn.kt1.batch.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Month sign-off: {@code kt1 signoff} signs the month's current run; the nightly chain then
 * leaves the month alone when new data arrives; {@code kt1 run reconcile --rerun --reason}
 * supersedes the signature visibly; {@code kt1 signoff --list} shows both.
 */
@Kt1IntegrationTest
class MonthSignoffIntegrationTests {

	private static final String USER = System.getProperty("user.name");

	private static final String TODAY = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private ScheduleCatalog catalog;

	private CommandLineCapture kt1;

	@BeforeEach
	void noHistory() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
	}

	/** A signature left behind would keep later tests' nightly chains from reconciling the month. */
	@AfterEach
	void noSignatureLeft() {
		this.jdbc.update("DELETE FROM month_signoff");
	}

	@Test
	void aSignedMonthWaitsForAPersonAndARerunWithAReasonSupersedesTheSignature() throws Exception {
		assertThat(this.kt1.run("signoff", "2026-10", "--reason", "đã đối chiếu")).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo("kt1: tháng 2026-10 chưa có lần đối soát hoàn thành: "
				+ "kt1 run reconcile month=2026-10\n");

		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		assertThat(nightly(LocalDate.of(2026, 10, 5))).hasSize(2).last().asString()
			.startsWith("reconcileJob month=2026-10: execution ").endsWith(" COMPLETED");
		long firstRun = currentRun();

		assertThat(this.kt1.run("signoff", "2026-10")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: kt1 signoff 2026-10 needs --reason \"what the signature attests\"\n");
		assertThat(this.kt1.run("signoff", "2026-10", "--reason", "  đã đối chiếu chứng từ tháng 10 ")).isZero();
		assertThat(this.kt1.out())
			.isEqualTo("Tháng 2026-10: ký bởi " + USER + " ngày " + TODAY + " (lần đối soát #" + firstRun + ")\n");
		assertThat(this.kt1.run("signoff", "2026-10", "--reason", "lần nữa")).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo("kt1: tháng 2026-10 đã được ký bởi " + USER + " ngày " + TODAY
				+ " (lần đối soát #" + firstRun + ")\n");

		// new data for the signed month: ingest loads it, the month is not reconciled again
		IngestTestSupport.deliverThroughput("sanluong_2026-10-06.csv", this.properties);
		List<String> night = nightly(LocalDate.of(2026, 10, 6));
		assertThat(night).hasSize(2);
		assertThat(night.get(1)).isEqualTo("reconcileJob month=2026-10: signed off (ký bởi " + USER + " ngày " + TODAY
				+ " (lần đối soát #" + firstRun + ")), not run again; new data waits for kt1 run reconcile "
				+ "month=2026-10 --rerun --reason \"...\"");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_run WHERE month = '2026-10'", Integer.class))
			.isEqualTo(1);

		assertThat(this.kt1.run("run", "reconcile", "month=2026-10")).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("kt1: reconcileJob month=2026-10").contains("already completed");
		assertThat(this.kt1.run("run", "reconcile", "month=2026-10", "--rerun", "--reason", "tệp ngày 06/10 đến muộn"))
			.isZero();
		assertThat(this.kt1.out()).startsWith("chữ ký xác nhận tháng 2026-10 (ký bởi " + USER + " ngày " + TODAY
				+ " (lần đối soát #" + firstRun + ")) bị thay thế: tháng được đối soát lại\nreconcileJob #");
		long secondRun = currentRun();
		assertThat(secondRun).isGreaterThan(firstRun);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(run_id, ' | ', signed_by, ' | ', reason, ' | ', "
				+ "superseded_at IS NOT NULL, ' | ', COALESCE(superseded_by, ''), ' | ', COALESCE(superseded_reason, '')) "
				+ "FROM month_signoff ORDER BY id", String.class))
			.containsExactly(firstRun + " | " + USER + " | đã đối chiếu chứng từ tháng 10 | 1 | " + USER
					+ " | tệp ngày 06/10 đến muộn");

		assertThat(this.kt1.run("signoff", "2026-10", "--reason", "đối chiếu lại")).isZero();
		assertThat(this.kt1.run("signoff", "--list", "--from", "2026-10", "--to", "2026-10")).isZero();
		List<String> lines = this.kt1.out().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("2026-10 " + firstRun).contains(USER)
			.endsWith("đã đối chiếu chứng từ tháng 10 | superseded by " + USER + ": tệp ngày 06/10 đến muộn");
		assertThat(lines.get(2)).startsWith("2026-10 " + secondRun).endsWith(" - " + "                ".substring(1)
				+ "đối chiếu lại");

		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', COALESCE(reason, ''), ' | ', result) "
				+ "FROM admin_audit WHERE action LIKE 'signoff%' ORDER BY id", String.class))
			.containsExactly("signoff | đã đối chiếu | refused: tháng 2026-10 chưa có lần đối soát hoàn thành: "
					+ "kt1 run reconcile month=2026-10",
					"signoff |   đã đối chiếu chứng từ tháng 10  | signed run " + firstRun,
					"signoff | lần nữa | refused: tháng 2026-10 đã được ký bởi " + USER + " ngày " + TODAY
							+ " (lần đối soát #" + firstRun + ")",
					"signoff-superseded | tệp ngày 06/10 đến muộn | superseded signature of run " + firstRun,
					"signoff | đối chiếu lại | signed run " + secondRun);
	}

	private List<String> nightly(LocalDate day) {
		Schedule nightly = this.catalog.load().stream().filter((s) -> "nightly".equals(s.name())).findFirst().orElseThrow();
		return this.catalog.launchOf(nightly).run(nightly, day);
	}

	private long currentRun() {
		return this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = '2026-10' AND current", Long.class);
	}

}
