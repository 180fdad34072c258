package vn.kt1.batch.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * The month's page in the console: a finance officer signs the month's reconciliation with a
 * reason (recorded with the console's user and audited); without a reason, or a second time,
 * nothing is stored; a viewer cannot sign.
 */
@Kt1IntegrationTest
class SignoffConsoleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@BeforeEach
	void reconciledMonth() throws Exception {
		ConsoleUsers.reset(this.jdbc);
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
		assertThat(new CommandLineCapture(this.commandLine).run("run", "reconcile", "month=2026-10")).isZero();
	}

	/** A signature left behind would keep later tests' nightly chains from reconciling the month. */
	@AfterEach
	void noSignatureLeft() {
		this.jdbc.update("DELETE FROM month_signoff");
	}

	private ConsoleClient signedIn(Role role) {
		ConsoleClient client = new ConsoleClient(this.port);
		client.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD);
		return client;
	}

	@Test
	void aFinanceOfficerSignsTheMonthOnItsPageOnceAndWithAReason() {
		ConsoleClient finance = signedIn(Role.FINANCE);
		assertThat(finance.get("/reconcile/2026-10").body()).contains("Tháng này chưa được ký xác nhận.")
			.contains("Ký xác nhận tháng</button>");

		HttpResponse<String> blank = finance.post("/reconcile/2026-10/signoff", Map.of("reason", "  "));
		assertThat(blank.statusCode()).isEqualTo(302);
		assertThat(finance.get("/reconcile/2026-10").body()).contains("Không ký được: ký xác nhận cần lý do (--reason).");
		assertThat(signatures()).isZero();

		assertThat(signedIn(Role.VIEWER).post("/reconcile/2026-10/signoff", Map.of("reason", "xem")).statusCode())
			.isEqualTo(403);
		assertThat(signatures()).isZero();

		assertThat(finance.post("/reconcile/2026-10/signoff", Map.of("reason", "Đã đối chiếu <b>chứng từ</b>"))
			.statusCode()).isEqualTo(302);
		long run = this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = '2026-10' AND current", Long.class);
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(run_id, ' | ', signed_by, ' | ', reason) FROM month_signoff",
				String.class)).isEqualTo(run + " | " + ConsoleUsers.name(Role.FINANCE) + " | Đã đối chiếu <b>chứng từ</b>");
		String page = finance.get("/reconcile/2026-10").body();
		assertThat(page).contains("Tháng này đã được ký bởi " + ConsoleUsers.name(Role.FINANCE))
			.contains("(lần đối soát #" + run + "): Đã đối chiếu &lt;b&gt;chứng từ&lt;/b&gt;.")
			.doesNotContain("Ký xác nhận tháng</button>");

		finance.post("/reconcile/2026-10/signoff", Map.of("reason", "lần hai"));
		assertThat(finance.get("/reconcile/2026-10").body()).contains("Không ký được: tháng 2026-10 đã được ký bởi");
		assertThat(signatures()).isOne();
		assertThat(this.jdbc.queryForList("SELECT CONCAT(web_user, ' | ', action, ' | ', result) FROM admin_audit "
				+ "WHERE action = 'signoff' ORDER BY id", String.class))
			.containsExactly(ConsoleUsers.name(Role.FINANCE) + " | signoff | refused: ký xác nhận cần lý do (--reason)",
					ConsoleUsers.name(Role.FINANCE) + " | signoff | signed run " + run,
					ConsoleUsers.name(Role.FINANCE) + " | signoff | refused: tháng 2026-10 đã được ký bởi "
							+ ConsoleUsers.name(Role.FINANCE) + " ngày "
							+ java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
							+ " (lần đối soát #" + run + ")");
	}

	private int signatures() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM month_signoff", Integer.class);
	}

}
