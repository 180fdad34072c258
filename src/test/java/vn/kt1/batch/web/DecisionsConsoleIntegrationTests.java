package vn.kt1.batch.web;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reconcile.decision.DecisionWorkbooks;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency-month's page shows finance staff's decisions and adjustments beside the
 * reconciled figures, which stay as they were.
 */
@Kt1IntegrationTest
class DecisionsConsoleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@TempDir
	Path dir;

	@BeforeEach
	void decidedMonth() throws Exception {
		ConsoleUsers.reset(this.jdbc);
		ReconcileTestSupport.clear(this.jdbc);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		assertThat(ReconcileTestSupport.ingestHandMadeMonth(this.jdbc, this.reference, this.properties,
				this.jobOperator, this.ingestJob).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		assertThat(kt1.run("run", "reconcile", "month=2026-10", "asOf=2026-12-31")).isZero();
		Path exported = this.dir.resolve("quyet-dinh.xlsx");
		assertThat(kt1.run("export", "exceptions", "--month", "2026-10", "--out", exported.toString())).isZero();
		Path decided = DecisionWorkbooks.edit(exported, this.dir.resolve("quyet-dinh-sua.xlsx"), (sheet) -> sheet
			.set("A:2820101", DecisionWorkbooks.DECISION, "KHIEU_NAI")
			.set("A:2820101", DecisionWorkbooks.NOTE, "đề nghị thanh toán")
			.set("E:TARIFF_DEVIATION:KT200000068VN", DecisionWorkbooks.DECISION, "DIEU_CHINH")
			.set("E:TARIFF_DEVIATION:KT200000068VN", DecisionWorkbooks.AMOUNT, -7500));
		assertThat(kt1.run("import", "decisions", decided.toString())).isZero();
	}

	@Test
	void theAgencyMonthShowsDecisionsAndAdjustmentsBesideTheFigures() {
		ConsoleClient finance = new ConsoleClient(this.port);
		finance.login(ConsoleUsers.name(Role.FINANCE), ConsoleUsers.PASSWORD);
		String page = finance.get("/reconcile/2026-10/agency/2820101").body().replaceAll("\\s+", " ");

		// the figures as reconciled: 20,000 charged for a 12,500 letter
		assertThat(page).contains("<dt>Cước bưu điện</dt><dd>20.000 đ</dd>")
			.contains("<dd id=\"adjusted\">-7.500 đ (1 điều chỉnh, ghi riêng, số liệu gốc giữ nguyên)</dd>")
			.contains("<dt>Cước sau điều chỉnh</dt><dd>12.500 đ</dd>")
			.contains("<td class=\"mono\">A:2820101</td> <td>Khiếu nại</td> <td class=\"num\"></td> "
					+ "<td class=\"small\">đề nghị thanh toán</td>")
			.contains("<td class=\"mono\">E:TARIFF_DEVIATION:KT200000068VN</td> <td>Điều chỉnh</td> "
					+ "<td class=\"num\">-7.500 đ</td>")
			.contains("Đang áp dụng");
		assertThat(finance.get("/reconcile/2026-10").body()).contains("Đang áp dụng: 0 chấp nhận, 1 điều chỉnh "
				+ "(-7.500 đ), 1 khiếu nại; không còn khớp số liệu sau khi đối soát lại: 0.");
		assertThat(finance.get("/reconcile/2026-10/agency/1820001").body()).contains("Chưa có quyết định nào.")
			.doesNotContain("Điều chỉnh đã quyết định");
	}

}
