package vn.kt1.batch.web;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reconcile.checks.DataCheckGate;
import vn.kt1.batch.reconcile.checks.DataChecksFailedException;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The console's forms on the real server: run and backfill, schedules, data-check decisions. */
@Kt1IntegrationTest
class WebConsoleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@Autowired
	private DataCheckGate gate;

	@BeforeEach
	void accounts() throws Exception {
		ConsoleUsers.reset(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
	}

	private ConsoleClient signedIn(Role role) {
		ConsoleClient client = new ConsoleClient(this.port);
		client.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD);
		return client;
	}

	@Test
	void everyRoleSignsInAndSeesTheOverview() {
		for (Role role : Role.values()) {
			ConsoleClient client = new ConsoleClient(this.port);
			assertThat(client.get("/").statusCode()).isEqualTo(302);
			HttpResponse<String> login = client.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD);
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
			HttpResponse<String> page = client.get("/");
			assertThat(page.statusCode()).as(role.name()).isEqualTo(200);
			assertThat(page.body()).contains("Tổng quan", "Thời hạn sắp tới");
		}
	}

	@Test
	void theRunFormShowsThePlanThenRunsTheJobInTheBackground() throws Exception {
		ConsoleClient operator = signedIn(Role.OPERATOR);
		Map<String, String> form = Map.of("job", "ingest", "p_businessDate", "07/10/2026");

		HttpResponse<String> preview = operator.post("/run", form);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Sẽ làm:", "Chạy mới ingestJob businessDate=2026-10-07");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();

		HttpResponse<String> run = operator.post("/run", Map.of("job", "ingest", "p_businessDate", "07/10/2026",
				"confirm", "true"));
		assertThat(run.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/executions?job=ingestJob"));
		await(() -> this.jdbc.queryForObject("SELECT COUNT(*) FROM admin_audit WHERE web_user = 'operator'",
				Integer.class) == 2);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', result) FROM admin_audit "
				+ "ORDER BY id", String.class)).satisfiesExactly(
						(accepted) -> assertThat(accepted).isEqualTo(
								"run | ingestJob businessDate=2026-10-07 | accepted: runs in the console's process"),
						(done) -> assertThat(done).matches(
								"run \\| ingestJob businessDate=2026-10-07 \\| execution \\d+: COMPLETED"));

		HttpResponse<String> again = operator.post("/run", form);
		assertThat(again.body()).contains("Kỳ này đã hoàn thành", "hãy chọn &quot;Chạy lại&quot; và ghi lý do")
			.doesNotContain("id=\"confirm\"");
		assertThat(operator.post("/run", Map.of("job", "ingest", "p_businessDate", "31/02/2026")).body())
			.contains("parameter businessDate: &#39;31/02/2026&#39; is not a date");
	}

	@Test
	void aFinanceUserMakesAYearEndReportInTheBackgroundAndSeesItRefusedWithoutReconciledMonths() throws Exception {
		ReconcileTestSupport.clear(this.jdbc);
		ConsoleClient finance = signedIn(Role.FINANCE);

		assertThat(finance.post("/reports", Map.of("year", "2031")).statusCode()).isEqualTo(302);

		await(() -> this.jdbc.queryForObject("SELECT COUNT(*) FROM admin_audit WHERE web_user = 'finance'",
				Integer.class) == 2);
		assertThat(this.jdbc.queryForList("SELECT CONCAT(action, ' | ', target, ' | ', result) FROM admin_audit "
				+ "ORDER BY id", String.class)).satisfiesExactly(
						(accepted) -> assertThat(accepted).isEqualTo("report | yearEndReportJob cutoff=2031-11-30, "
								+ "year=2031 | accepted: runs in the console's process"),
						(done) -> assertThat(done).matches("report \\| yearEndReportJob cutoff=2031-11-30, year=2031 "
								+ "\\| execution \\d+: FAILED"));
		assertThat(finance.get("/reports").body()).contains("2031", "30/11/2031", "Lỗi");
	}

	@Test
	void theBackfillFormListsEachPeriodWithWhatItWouldDo() {
		HttpResponse<String> plan = signedIn(Role.ADMIN).post("/backfill",
				Map.of("job", "reconcile", "from", "2026-09", "to", "2026-11"));

		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(plan.body()).contains("reconcileJob month 2026-09..2026-11: 3 kỳ", "<td>2026-09</td><td>run</td>",
				"<td>2026-11</td><td>run</td>");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
	}

	@Test
	void aScheduleIsPausedAndResumedFromItsPage() {
		ConsoleClient operator = signedIn(Role.OPERATOR);
		assertThat(operator.post("/schedules/nightly/pause", Map.of()).statusCode()).isEqualTo(302);
		assertThat(operator.get("/schedules").body()).contains("Tạm dừng", "Tiếp tục");
		assertThat(this.jdbc.queryForObject("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'nightly'",
				String.class)).isEqualTo("PAUSED");
		assertThat(operator.post("/schedules/nightly/resume", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'nightly'",
				String.class)).isEqualTo("WAITING");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(web_user, ' ', action, ' ', result) FROM admin_audit "
				+ "WHERE web_user IS NOT NULL AND action IN ('pause', 'resume') ORDER BY id", String.class)).containsExactly(
						"operator pause schedule nightly paused",
						"operator resume schedule nightly resumed (misfire FIRE_ONCE_NOW)");
	}

	@Test
	void aWarningIsAcknowledgedAndAnErrorOverriddenWithAReasonThatTheGateThenHonours() {
		ReconcileTestSupport.clear(this.jdbc);
		this.jdbc.update("INSERT INTO reconcile_run (month, job_execution_id, as_of, payments_judged, status, current, "
				+ "started_at, finished_at, items, fees_vnd, settings) VALUES ('2026-09', 0, '2026-10-01', TRUE, "
				+ "'COMPLETED', TRUE, ?, ?, 0, 0, '')", Timestamp.valueOf(LocalDateTime.now()),
				Timestamp.valueOf(LocalDateTime.now()));
		long run = this.jdbc.queryForObject("SELECT MAX(id) FROM reconcile_run", Long.class);
		this.jdbc.update("INSERT INTO data_check (run_id, check_name, severity, findings, message) VALUES "
				+ "(?, 'COMPLETENESS', 'WARNING', 3, '3 agencies sent no report'), "
				+ "(?, 'FRESHNESS', 'ERROR', 1, 'no throughput after 2026-09-20')", run, run);
		long warning = this.jdbc.queryForObject("SELECT id FROM data_check WHERE severity = 'WARNING'", Long.class);
		long error = this.jdbc.queryForObject("SELECT id FROM data_check WHERE severity = 'ERROR'", Long.class);
		YearMonth month = YearMonth.of(2026, 9);
		assertThatExceptionOfType(DataChecksFailedException.class)
			.isThrownBy(() -> this.gate.require(month, month, "test", null));
		ConsoleClient finance = signedIn(Role.FINANCE);

		assertThat(finance.post("/checks/" + error + "/acknowledge", Map.of("note", "x")).statusCode()).isEqualTo(302);
		assertThat(finance.post("/checks/" + warning + "/override", Map.of("reason", "x")).statusCode())
			.isEqualTo(302);
		assertThat(finance.post("/checks/" + error + "/override", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM data_check_override", Integer.class)).isZero();
		assertThat(signedIn(Role.OPERATOR).post("/checks/" + error + "/override", Map.of("reason", "x")).statusCode())
			.isEqualTo(403);

		assertThat(finance.post("/checks/" + warning + "/acknowledge", Map.of("note", "đã gọi các xã")).statusCode())
			.isEqualTo(302);
		assertThat(finance.post("/checks/" + error + "/override", Map.of("reason", "bưu điện xác nhận không có hàng"))
			.statusCode()).isEqualTo(302);

		assertThat(this.jdbc.queryForObject("SELECT CONCAT(acknowledged_by, ': ', note) FROM data_check_ack",
				String.class)).isEqualTo("finance: đã gọi các xã");
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(overridden_by, ' | ', overridden_for, ' | ', reason) "
				+ "FROM data_check_override", String.class))
			.isEqualTo("finance | " + DataCheckGate.STANDING + " | bưu điện xác nhận không có hàng");
		assertThatNoException().isThrownBy(() -> this.gate.require(month, month, "test", null));
		assertThat(finance.get("/checks?attention=true").body()).doesNotContain("FRESHNESS", "COMPLETENESS");
		assertThat(this.jdbc.queryForList("SELECT action FROM admin_audit WHERE web_user = 'finance' ORDER BY id",
				String.class)).containsExactly("acknowledge check", "override check");
		ReconcileTestSupport.clear(this.jdbc);
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
			Thread.sleep(100);
		}
		assertThat(condition.getAsBoolean()).as("condition met within 30 s").isTrue();
	}

}
