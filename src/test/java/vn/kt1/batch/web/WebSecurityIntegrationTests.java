package vn.kt1.batch.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's security rules, each on the real server: CSRF, roles on actions and
 * downloads, lock-out, headers, upload limits, hostile files, escaping, metrics.
 */
@Kt1IntegrationTest
class WebSecurityIntegrationTests {

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

	@Autowired
	private IngestFaults faults;

	@BeforeEach
	void accountsAndAnEmptyInbox() throws IOException {
		ConsoleUsers.reset(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
	}

	private ConsoleClient signedIn(Role role) {
		ConsoleClient client = new ConsoleClient(this.port);
		assertThat(client.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return client;
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
		ConsoleClient admin = signedIn(Role.ADMIN);

		assertThat(admin.post("/users/operator/disable", Map.of(), null).statusCode()).isEqualTo(403);
		assertThat(admin.post("/users/operator/disable", Map.of(), "forged-token").statusCode()).isEqualTo(403);

		assertThat(this.jdbc.queryForObject("SELECT enabled FROM web_user WHERE username = 'operator'", Boolean.class))
			.isTrue();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM admin_audit", Integer.class)).isZero();
		assertThat(admin.post("/users/operator/disable", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT enabled FROM web_user WHERE username = 'operator'", Boolean.class))
			.isFalse();
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(web_user, ' ', action, ' ', result) FROM admin_audit",
				String.class)).isEqualTo("admin user disable user operator disabled");
	}

	@Test
	void aFinanceUserCannotRestartAFailedExecutionAnOperatorCan() throws Exception {
		long failed = failedIngest();
		ConsoleClient finance = signedIn(Role.FINANCE);

		assertThat(finance.post("/executions/" + failed + "/restart", Map.of("reason", "thử")).statusCode())
			.isEqualTo(403);
		assertThat(finance.get("/executions/" + failed).statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM admin_audit WHERE web_user IS NOT NULL",
				Integer.class)).isZero();

		ConsoleClient operator = signedIn(Role.OPERATOR);
		HttpResponse<String> withoutReason = operator.post("/executions/" + failed + "/restart", Map.of());
		assertThat(withoutReason.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/executions/" + failed + "/restart"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isEqualTo(1);
		assertThat(operator.post("/executions/" + failed + "/restart", Map.of("reason", "đã sửa")).statusCode())
			.isEqualTo(302);
		awaitStatus(failed + 1, "COMPLETED");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(web_user, ' | ', action, ' | ', reason, ' | ', result) "
				+ "FROM admin_audit WHERE web_user IS NOT NULL ORDER BY id", String.class)).containsExactly(
						"operator | restart | đã sửa | accepted: restarts in the console's process",
						"operator | restart | đã sửa | restarted execution " + failed + " as " + (failed + 1)
								+ ": COMPLETED");
	}

	@Test
	void aViewerCannotDownloadRejectsAnOperatorGetsTheWorkbook() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		assertThat(kt1.run("run", "ingest", "businessDate=2026-10-06")).as(kt1.err()).isZero();
		long file = this.jdbc.queryForObject("SELECT MIN(id) FROM input_file", Long.class);

		assertThat(signedIn(Role.VIEWER).download("/files/" + file + "/rejects").statusCode()).isEqualTo(403);
		assertThat(signedIn(Role.FINANCE).download("/files/" + file + "/rejects").statusCode()).isEqualTo(403);
		HttpResponse<byte[]> workbook = signedIn(Role.OPERATOR).download("/files/" + file + "/rejects");
		assertThat(workbook.statusCode()).isEqualTo(200);
		assertThat(workbook.headers().firstValue("Content-Disposition")).hasValue(
				"attachment; filename=\"dong-bi-tu-choi-" + file + ".xlsx\"");
		assertThat(new String(workbook.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
	}

	@Test
	void accountsAreLockedAfterRepeatedFailedLogins() {
		ConsoleClient client = new ConsoleClient(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(client.login("finance", "wrong password " + i).headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error=bad"));
		}
		assertThat(client.login("finance", ConsoleUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error=locked"));
		assertThat(client.get("/").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT result FROM admin_audit WHERE action = 'lock-out'", String.class))
			.startsWith("5 failed logins in a row: locked until ");
		this.jdbc.update("UPDATE web_user SET enabled = FALSE WHERE username = 'viewer'");
		assertThat(client.login("viewer", ConsoleUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error=disabled"));
	}

	@Test
	void pagesCarryTheSecurityHeadersAndTheSessionCookieIsHttpOnly() {
		ConsoleClient client = new ConsoleClient(this.port);
		HttpResponse<String> login = client.get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cache) -> assertThat(cache).contains("no-store"));
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie)
			.startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
	}

	@Test
	void uploadsOverTheLimitAreRefusedAndNothingReachesTheInbox() throws IOException {
		ConsoleClient operator = signedIn(Role.OPERATOR);
		byte[] large = new byte[21 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');

		HttpResponse<String> refused = operator.upload("/files/upload", Map.of("kind", "THROUGHPUT"), "file",
				"sanluong_lon.csv", large);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("Tệp quá lớn");
		assertThat(inbox()).isEmpty();
	}

	@Test
	void hostileUploadsAreStoredAsTheyCameAndRefusedByTheInboxRules() throws Exception {
		ConsoleClient operator = signedIn(Role.OPERATOR);
		assertThat(operator.upload("/files/upload", Map.of("kind", "THROUGHPUT"), "file", "bom.xlsx", zipBomb())
			.statusCode()).isEqualTo(302);
		assertThat(operator.upload("/files/upload", Map.of("kind", "THROUGHPUT"), "file", "xxe.xlsx",
				workbook(sheetWithExternalEntity())).statusCode()).isEqualTo(302);
		assertThat(operator.upload("/files/upload", Map.of("kind", "THROUGHPUT"), "file",
				"../../<img src=x onerror=alert(1)>.csv", "=cmd|' /C calc'!A0\n".getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(302);
		assertThat(operator.upload("/files/upload", Map.of("kind", "THROUGHPUT"), "file", "run.sh",
				"echo".getBytes(StandardCharsets.UTF_8)).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/files/upload"));
		assertThat(inbox()).containsExactlyInAnyOrder("bom.xlsx", "xxe.xlsx", "_img src_x onerror_alert_1__.csv");

		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		assertThat(kt1.run("run", "ingest", "businessDate=2026-10-06")).as(kt1.err()).isZero();
		assertThat(this.jdbc.queryForList("SELECT CONCAT(file_name, ': ', status, ': ', reason) FROM input_file "
				+ "ORDER BY file_name", String.class)).satisfiesExactlyInAnyOrder(
						(bomb) -> assertThat(bomb).startsWith("bom.xlsx: REFUSED: ").contains("zip bomb"),
						(csv) -> assertThat(csv).startsWith("_img src_x onerror_alert_1__.csv: REFUSED: "),
						(xxe) -> assertThat(xxe).startsWith("xxe.xlsx: REFUSED: ").contains("DOCTYPE"));
		String page = operator.get("/files").body();
		assertThat(page).contains("zip bomb", "DOCTYPE").doesNotContain("<img src");
		assertThat(this.jdbc.queryForList("SELECT result FROM admin_audit WHERE action = 'upload' ORDER BY id",
				String.class)).hasSize(4).last().asString().startsWith("refused: inbox chỉ đọc tệp csv, xls, xlsx");
	}

	@Test
	void textFromInputsIsEscapedOnThePages() throws Exception {
		Path agencies = Files.createTempFile("agencies-", ".csv");
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference/agencies.csv"));
		String hostile = "<script>alert('x')</script> & <b>đậm</b>";
		String[] fields = lines.get(2).split(",", -1);
		fields[1] = "\"" + hostile + "\"";
		Files.write(agencies, List.of(lines.get(1), String.join(",", fields)));
		this.reference.importFiles(new ReferenceImport(agencies, null, null));

		String page = signedIn(Role.FINANCE).get("/reference/agencies?search=" + fields[0]).body();

		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;")
			.doesNotContain("<script>alert", "<b>đậm");
	}

	@Test
	void noTemplateWritesTextUnescaped() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			assertThat(templates.filter(Files::isRegularFile).filter((file) -> {
				try {
					return Files.readString(file).contains("th:utext");
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList()).isEmpty();
		}
	}

	@Test
	void jobMetricsArePublishedForPrometheusToAdministratorsOnly() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		assertThat(kt1.run("run", "ingest", "businessDate=2026-10-06")).as(kt1.err()).isZero();

		HttpResponse<String> metrics = signedIn(Role.ADMIN).get("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).containsPattern("spring_batch_job_seconds_count\\{[^}]*name=\"ingestJob\"")
			.containsPattern("spring_batch_step_seconds_count\\{[^}]*name=\"ingestLoadStep\"");
		assertThat(signedIn(Role.OPERATOR).get("/actuator/prometheus").statusCode()).isEqualTo(403);
		String health = signedIn(Role.ADMIN).get("/actuator/health").body();
		assertThat(health).contains("\"db\"", "\"scheduler\"");
	}

	private long failedIngest() throws IOException {
		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		assertThat(kt1.run("run", "ingest", "businessDate=2026-10-06")).isEqualTo(1);
		this.faults.clear();
		return this.jdbc.queryForObject("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'",
				Long.class);
	}

	private void awaitStatus(long execution, String status) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			List<String> found = this.jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
					String.class, execution);
			if (found.contains(status) && this.jdbc.queryForObject("SELECT COUNT(*) FROM admin_audit "
					+ "WHERE web_user IS NOT NULL", Integer.class) == 2) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("execution " + execution + " did not end " + status);
	}

	private List<String> inbox() throws IOException {
		try (Stream<Path> files = Files.walk(this.properties.inbox())) {
			return files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()).toList();
		}
	}

	/** @return a workbook whose one sheet expands 2,000 times: POI's zip-bomb check refuses it */
	private static byte[] zipBomb() throws IOException {
		StringBuilder rows = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\""
				+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		rows.append(" ".repeat(20 * 1024 * 1024));
		rows.append("</sheetData></worksheet>");
		return workbook(rows.toString());
	}

	private static String sheetWithExternalEntity() {
		return "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>";
	}

	private static byte[] workbook(String sheet) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
					+ "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
					+ "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
					+ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
					+ "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
					+ "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
					+ "Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\""
					+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" "
					+ "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
					+ "Target=\"worksheets/sheet1.xml\"/></Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
