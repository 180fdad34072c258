package vn.kt1.batch.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.estimate.EstimateTestSupport;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (headless Chromium) on the demo province: each role sees
 * only its pages; an operator restarts a failed execution and watches it complete; a
 * finance officer downloads the estimate workbook; a bad reference file shows its errors and
 * changes nothing; logging out ends the session. It also takes the screenshots of the main
 * pages ({@code -Dkt1.screenshots=docs} writes them where the README shows them).
 */
@Kt1IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserFunctionalTests {

	private static final Path SCREENSHOTS = Path.of(System.getProperty("kt1.screenshots", "target/screenshots"));

	private static final Path BAD_AGENCIES = Path.of("src/test/resources/reference/agencies-duplicate-code.csv");

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

	private Browser browser;

	private long failed;

	@BeforeAll
	void theDemoProvinceWithAFailedIngest() throws Exception {
		EstimateTestSupport.clear(this.jdbc);
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		ReferenceTestData.clear(this.jdbc);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		this.jdbc.update("DELETE FROM admin_audit");
		ConsoleUsers.reset(this.jdbc);
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);
		assertThat(kt1.run("demo", "--from", "2024-06", "--to", "2026-11")).as(kt1.out() + kt1.err()).isZero();
		assertThat(kt1.run("schedules")).as(kt1.err()).isZero();
		IngestTestSupport.deliverThroughput("sanluong_2026-10-05.csv", this.properties);
		IngestTestSupport.failEveryLoad(this.faults);
		try {
			assertThat(kt1.run("run", "ingest", "businessDate=2026-12-01")).isEqualTo(1);
		}
		finally {
			this.faults.clear();
		}
		this.failed = this.jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION "
				+ "WHERE STATUS = 'FAILED'", Long.class);
		Path downloads = Path.of("target/it-data/downloads");
		FileSystemUtils.deleteRecursively(downloads);
		Files.createDirectories(downloads);
		this.browser = new Browser(this.port, downloads);
	}

	@AfterAll
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@Order(1)
	void eachRoleSeesOnlyItsPagesAndLoggingOutEndsTheSession() {
		Map<Role, List<String>> menus = Map.of(Role.ADMIN,
				List.of("Tổng quan", "Lần chạy", "Lịch chạy", "Tệp đầu vào", "Đối soát", "Kiểm tra dữ liệu",
						"Chất lượng", "Dự toán", "Báo cáo", "Danh mục", "Cảnh báo", "Người dùng", "Nhật ký"),
				Role.OPERATOR,
				List.of("Tổng quan", "Lần chạy", "Lịch chạy", "Tệp đầu vào", "Kiểm tra dữ liệu", "Chất lượng",
						"Báo cáo", "Danh mục", "Cảnh báo"),
				Role.FINANCE,
				List.of("Tổng quan", "Đối soát", "Kiểm tra dữ liệu", "Chất lượng", "Dự toán", "Báo cáo", "Danh mục"),
				Role.VIEWER, List.of("Tổng quan", "Chất lượng", "Báo cáo"));
		Map<Role, String> forbidden = Map.of(Role.ADMIN, "/no-such-page", Role.OPERATOR, "/estimates", Role.FINANCE,
				"/executions/" + this.failed, Role.VIEWER, "/files");
		for (Role role : Role.values()) {
			this.browser.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD);
			assertThat(this.browser.path()).isEqualTo("/");
			assertThat(this.browser.driver.findElements(By.cssSelector("nav.menu a"))
				.stream()
				.map(WebElement::getText)
				.toList()).as(role.name()).containsExactlyElementsOf(menus.get(role));
			for (String page : menus.get(role)) {
				String before = this.browser.path();
				this.browser.driver.findElement(By.linkText(page)).click();
				this.browser.await(Duration.ofSeconds(10), (browser) -> !browser.path().equals(before)
						|| "Tổng quan".equals(page));
				assertThat(this.browser.text()).as(role + " " + page).doesNotContain("Không có quyền", "Lỗi 500");
			}
			this.browser.open(forbidden.get(role));
			assertThat(this.browser.text()).as(role.name()).contains("Không có quyền");
			this.browser.logout();
			assertThat(this.browser.path()).isEqualTo("/login?logout");
			assertThat(this.browser.text()).contains("Đã đăng xuất");
			this.browser.open("/");
			assertThat(this.browser.path()).as("the session ended").isEqualTo("/login");
		}
	}

	@Test
	@Order(2)
	void anOperatorRestartsAFailedExecutionAndWatchsItComplete() {
		this.browser.login("operator", ConsoleUsers.PASSWORD);
		this.browser.open("/executions?status=FAILED");
		this.browser.driver.findElement(By.linkText("#" + this.failed)).click();
		assertThat(this.browser.text()).contains("ingestJob #" + this.failed, "Lỗi", "injected failure");
		this.browser.find("#action-restart").click();
		this.browser.find("#reason").sendKeys("tệp đã được sửa, chạy lại");
		this.browser.find("#confirm").click();
		this.browser.await(Duration.ofSeconds(60), (page) -> page.find("#instance-executions")
			.findElements(By.cssSelector("tbody tr"))
			.size() == 2 && page.find("#instance-executions").getText().contains("Hoàn thành")
				&& page.find("#audit").getText().contains("COMPLETED"));
		assertThat(this.browser.find("#audit").getText()).contains("operator", "restart", "tệp đã được sửa, chạy lại");
		assertThat(this.jdbc.queryForList("SELECT result FROM admin_audit WHERE web_user = 'operator' "
				+ "AND action = 'restart' ORDER BY id", String.class))
			.hasSize(2)
			.last()
			.asString()
			.matches("restarted execution " + this.failed + " as \\d+: COMPLETED");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver)
			.executeScript("document.getElementById('instance-executions').scrollIntoView({block: 'center'});");
		this.browser.screenshot(SCREENSHOTS, "console-lan-chay-chi-tiet");
		this.browser.logout();
	}

	@Test
	@Order(3)
	void aFinanceOfficerDownloadsTheEstimateWorkbookTheJobWrote() throws Exception {
		Path job = Path.of(this.jdbc.queryForObject("SELECT workbook FROM estimate_run WHERE year = 2027 AND current",
				String.class));
		this.browser.login("finance", ConsoleUsers.PASSWORD);
		this.browser.open("/estimates");
		this.browser.driver.findElement(By.linkText("2027")).click();
		this.browser.find("#workbook").click();
		Path downloaded = this.browser.downloads.resolve(job.getFileName());
		this.browser.await(Duration.ofSeconds(30), (page) -> Files.isRegularFile(downloaded)
				&& !Files.exists(this.browser.downloads.resolve(job.getFileName() + ".crdownload")));
		assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(job));
		this.browser.logout();
	}

	@Test
	@Order(4)
	void aBadReferenceUploadShowsItsErrorsLineByLineAndChangesNothing() {
		String before = this.jdbc.queryForList("SELECT CONCAT(code, name, level, category) FROM agency ORDER BY code",
				String.class) + "/" + this.jdbc.queryForObject("SELECT COUNT(*) FROM reference_import", Long.class);
		this.browser.login("operator", ConsoleUsers.PASSWORD);
		this.browser.open("/reference/upload");
		this.browser.find("#agencies").sendKeys(BAD_AGENCIES.toAbsolutePath().toString());
		this.browser.find("#import").click();
		this.browser.await(Duration.ofSeconds(10), (page) -> !page.driver.findElements(By.id("import-errors")).isEmpty());
		assertThat(this.browser.find("#import-errors").getText()).contains(
				"agencies-duplicate-code.csv, line 4, column ma_don_vi: duplicate code 1820001 (first at line 2)");
		assertThat(this.browser.text()).contains("Không nhập gì cả");
		String after = this.jdbc.queryForList("SELECT CONCAT(code, name, level, category) FROM agency ORDER BY code",
				String.class) + "/" + this.jdbc.queryForObject("SELECT COUNT(*) FROM reference_import", Long.class);
		assertThat(after).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT result FROM admin_audit WHERE action = 'reference import' "
				+ "ORDER BY id DESC LIMIT 1", String.class)).startsWith("refused: reference import refused");
		this.browser.screenshot(SCREENSHOTS, "console-nhap-danh-muc-loi");
		this.browser.logout();
	}

	@Test
	@Order(5)
	void screenshotsOfTheMainPages() throws Exception {
		this.browser.open("/login");
		this.browser.screenshot(SCREENSHOTS, "console-dang-nhap");
		this.browser.login("admin", ConsoleUsers.PASSWORD);
		String[][] pages = { { "/", "console-tong-quan" }, { "/executions", "console-lan-chay" },
				{ "/schedules", "console-lich-chay" }, { "/files", "console-tep-dau-vao" },
				{ "/reconcile", "console-doi-soat" }, { "/reconcile/2026-09?flag=PARTLY_PAID", "console-doi-soat-thang" },
				{ "/checks", "console-kiem-tra-du-lieu" }, { "/quality", "console-chat-luong" },
				{ "/estimates/2027", "console-du-toan" }, { "/reports", "console-bao-cao" },
				{ "/reference/agencies", "console-danh-muc" }, { "/users", "console-nguoi-dung" },
				{ "/alerts", "console-canh-bao" }, { "/audit", "console-nhat-ky" } };
		for (String[] page : pages) {
			this.browser.open(page[0]);
			assertThat(this.browser.text()).as(page[0]).doesNotContain("Không có quyền", "Không tìm thấy", "Lỗi 500");
			this.browser.screenshot(SCREENSHOTS, page[1]);
		}
		this.browser.open("/estimates/2027");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver)
			.executeScript("document.getElementById('backtest-chart').scrollIntoView({block: 'center'});");
		this.browser.screenshot(SCREENSHOTS, "console-du-toan-kiem-dinh");
		this.browser.open("/run?job=reconcile");
		this.browser.find("#p_month").sendKeys("2026-11");
		this.browser.find("#preview").click();
		this.browser.await(Duration.ofSeconds(10), (page) -> !page.driver.findElements(By.id("plan")).isEmpty());
		assertThat(this.browser.find("#plan").getText()).contains("Kỳ này đã hoàn thành");
		this.browser.screenshot(SCREENSHOTS, "console-chay-cong-viec");
		this.browser.logout();
		try (Stream<Path> files = Files.list(SCREENSHOTS)) {
			assertThat(files.map((file) -> file.getFileName().toString()).filter((n) -> n.startsWith("console-")))
				.hasSizeGreaterThanOrEqualTo(pages.length + 3);
		}
		assertThat(Arrays.asList(pages)).isNotEmpty();
	}

}
