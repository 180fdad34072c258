package vn.kt1.batch.alert.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
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

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.alert.AlertSender;
import vn.kt1.batch.alert.AlertTestSupport;
import vn.kt1.batch.alert.Mails;
import vn.kt1.batch.alert.MailTestServer;
import vn.kt1.batch.estimate.EstimateTestSupport;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.incident.IncidentTestSupport;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reconcile.ReconcileTestSupport;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;
import vn.kt1.batch.report.YearEndReportParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event, from the real job that causes it to the message a real SMTP server (GreenMail)
 * receives: recipients, subject, the figures in the body, attachments equal to the files
 * written; and a second detection of the same event sends nothing.
 */
@Kt1IntegrationTest
class AlertEventsIntegrationTests {

	private static final String ADMIN = "quantri@kt1.test";

	@Autowired
	private JdbcTemplate jdbc;

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
	@Qualifier("estimateJob")
	private Job estimateJob;

	@Autowired
	@Qualifier("yearEndReportJob")
	private Job reportJob;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties ingest;

	@Autowired
	private IngestFaults faults;

	@Autowired
	private AlertWatch watch;

	@Autowired
	private AlertSender sender;

	@Autowired
	private DeadlineAlerts deadlines;

	@Autowired
	private SilenceAlerts silence;

	@BeforeEach
	void emptyOutboxAndData() throws Exception {
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		EstimateTestSupport.clear(this.jdbc);
		ReconcileTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.ingest);
		AlertTestSupport.clear(this.jdbc);
		// incidents of grade A or B left by other tests would be told by the watch's poll
		IncidentTestSupport.clear(this.jdbc);
		MailTestServer.reset();
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
	}

	@Test
	void aFailedJobTellsTheAdministratorsOnceWithItsFailureAndTheCommandThatRestartsIt() throws Exception {
		IngestTestSupport.deliver("basic", this.ingest);
		IngestTestSupport.failEveryLoad(this.faults);
		JobExecution failed = ingest(LocalDate.of(2026, 10, 20));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

		this.sender.deliverDue();
		this.watch.poll();
		this.watch.afterJob(this.jobRepository.getJobExecution(failed.getId()));
		this.sender.deliverDue();

		List<MimeMessage> received = MailTestServer.received();
		assertThat(received).hasSize(1);
		MimeMessage message = received.get(0);
		Mails.keep(message, "job-failed");
		assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(ADMIN);
		assertThat(Mails.subject(message))
			.isEqualTo("[KT1] ingestJob #" + failed.getId() + " kết thúc FAILED: businessDate=2026-10-20");
		assertThat(Mails.text(message)).contains("Lần chạy #" + failed.getId() + " của ingestJob kết thúc với lỗi")
			.contains("Tham số:")
			.contains("businessDate=2026-10-20")
			.contains("injected failure in sanluong_2026-10-05.csv")
			.contains("    ./kt1 restart " + failed.getId())
			.contains("http://console.kt1.test/executions/" + failed.getId());
		assertThat(Mails.html(message)).contains("<pre").contains("./kt1 restart " + failed.getId())
			.contains("<a href=\"http://console.kt1.test/executions/" + failed.getId() + "\">");
		assertThat(message.getContentType()).startsWith("multipart/mixed");
	}

	@Test
	void theFilesRefusedInANightGoInOneMessageEachWithItsReason() throws Exception {
		IngestTestSupport.deliver("basic", this.ingest);
		write("throughput/sanluong_2026-10-07.csv", "ma_buu_gui,ngay_chap_nhan\nKT100000017VN,2026-10-07 08:00\n");
		write("usage/baocao_2026-10_bosung.csv", "ma_don_vi,ky\n1820001,2026-10\n");
		JobExecution night = ingest(LocalDate.of(2026, 10, 7));
		assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE status = 'REFUSED'", Integer.class))
			.isEqualTo(2);

		this.watch.poll();
		this.sender.deliverDue();

		List<MimeMessage> received = MailTestServer.receivedBy(ADMIN);
		assertThat(received).hasSize(1);
		Mails.keep(received.get(0), "refused-files");
		assertThat(Mails.subject(received.get(0)))
			.isEqualTo("[KT1] 2 tệp bị từ chối, không được nạp (ngày nghiệp vụ 07/10/2026)");
		String text = Mails.text(received.get(0));
		for (Map<String, Object> file : this.jdbc.queryForList("SELECT file_name, reason FROM input_file "
				+ "WHERE status = 'REFUSED'")) {
			assertThat(text).contains((String) file.get("file_name")).contains((String) file.get("reason"));
		}
		assertThat(text).contains("./kt1 run ingest businessDate=2026-10-07");
	}

	@Test
	void aMonthWithAnErrorCheckTellsTheAdministratorsAndTheDepartment() throws Exception {
		IngestTestSupport.deliver("basic", this.ingest);
		ingest(LocalDate.of(2026, 10, 31));
		JobExecution reconcile = reconcile("2026-10", LocalDate.of(2026, 10, 1));
		assertThat(reconcile.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long run = this.jdbc.queryForObject("SELECT id FROM reconcile_run WHERE month = '2026-10'", Long.class);
		Map<String, Object> error = this.jdbc.queryForMap("SELECT check_name, findings, message FROM data_check "
				+ "WHERE run_id = ? AND severity = 'ERROR'", run);

		this.sender.deliverDue();

		for (String to : List.of(ADMIN, "sokhcn@kt1.test")) {
			List<MimeMessage> received = MailTestServer.receivedBy(to);
			assertThat(received).hasSize(1);
			Mails.keep(received.get(0), "data-checks");
			assertThat(Mails.subject(received.get(0)))
				.isEqualTo("[KT1] Kiểm tra dữ liệu tháng 10/2026: 1 lỗi mức ERROR");
			assertThat(Mails.text(received.get(0))).contains(error.get("check_name") + " (" + error.get("findings")
					+ "): " + error.get("message"))
				.contains("./kt1 checks --run " + run);
		}
	}

	@Test
	void aPostOfficeThatSendsNothingForDaysIsToldOnce() throws Exception {
		IngestTestSupport.deliver("basic", this.ingest);
		ingest(LocalDate.of(2026, 10, 6));
		LocalDateTime later = LocalDateTime.now().plusDays(4);

		assertThat(this.silence.check(LocalDateTime.now().plusDays(2))).isEmpty();
		assertThat(this.silence.check(later)).isPresent();
		assertThat(this.silence.check(later.plusDays(1))).isEmpty();
		this.sender.deliverDue();

		List<MimeMessage> received = MailTestServer.receivedBy("sokhcn@kt1.test");
		assertThat(received).hasSize(1);
		Mails.keep(received.get(0), "silent-post-offices");
		assertThat(Mails.subject(received.get(0)))
			.isEqualTo("[KT1] Không nhận được tệp sản lượng của Tỉnh Đồng Tháp (82) quá 3 ngày");
		assertThat(Mails.text(received.get(0))).contains("870000 Bưu điện tỉnh Đồng Tháp (KT1)")
			.contains("870100 Bưu cục Mỹ Tho")
			.contains("(4 ngày trước)");
	}

	@Test
	void aDeadlineIsRemindedBeforeItsDateWhileItsOutputIsMissingAndToldOnceWhenOverdue() throws Exception {
		Path file = Path.of("target/it-data/alerts/deadlines.yml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				deadlines:
				  - name: Báo cáo năm về dịch vụ KT1
				    date: "12-10"
				    output: yearEndReportJob
				    remind-days: 14
				  - name: Báo cáo sáu tháng của tỉnh
				    date: 2031-07-20
				    remind-days: 5
				""");
		List<Deadline> calendar = DeadlineCalendar.read(file);

		assertThat(this.deadlines.check(calendar, LocalDate.of(2030, 11, 25))).isEmpty();
		assertThat(this.deadlines.check(calendar, LocalDate.of(2030, 11, 26))).hasSize(1);
		assertThat(this.deadlines.check(calendar, LocalDate.of(2030, 12, 9))).isEmpty();
		assertThat(this.deadlines.check(calendar, LocalDate.of(2030, 12, 11))).hasSize(1);
		assertThat(this.deadlines.check(calendar, LocalDate.of(2030, 12, 12))).isEmpty();
		assertThat(this.deadlines.check(calendar, LocalDate.of(2031, 7, 15))).hasSize(1);
		assertThat(this.deadlines.check(calendar, LocalDate.of(2031, 7, 21))).as("no output: no overdue").isEmpty();
		this.sender.deliverDue();

		List<String> subjects = MailTestServer.receivedBy(ADMIN).stream().map(Mails::subject).toList();
		assertThat(subjects).containsExactly(
				"[KT1] Nhắc hạn: Báo cáo năm về dịch vụ KT1 — hạn 10/12/2030 (còn 14 ngày)",
				"[KT1] Quá hạn: Báo cáo năm về dịch vụ KT1 — hạn 10/12/2030, chưa có",
				"[KT1] Nhắc hạn: Báo cáo sáu tháng của tỉnh — hạn 20/07/2031 (còn 5 ngày)");
		assertThat(Mails.text(MailTestServer.receivedBy(ADMIN).get(0))).contains("./kt1 run yearEndReport year=2030");
		Mails.keep(MailTestServer.receivedBy(ADMIN).get(0), "deadline-reminder");
		Mails.keep(MailTestServer.receivedBy(ADMIN).get(1), "deadline-overdue");
	}

	@Test
	void aDeadlineWhoseOutputIsProducedIsNotReminded() throws Exception {
		Deadline estimate = new Deadline("Dự toán năm sau", java.time.MonthDay.of(6, 30), null, "estimateJob", 1, 10,
				null);
		EstimateWorld.load(this.jdbc, this.reference);
		assertThat(estimate(2027).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		AlertTestSupport.clear(this.jdbc);

		assertThat(this.deadlines.check(List.of(estimate), LocalDate.of(2026, 6, 25))).isEmpty();
		assertThat(this.deadlines.check(List.of(estimate), LocalDate.of(2026, 7, 1))).isEmpty();
		assertThat(this.deadlines.check(List.of(estimate), LocalDate.of(2027, 6, 25))).as("the next year's").hasSize(1);
	}

	@Test
	void aCompletedEstimateReachesFinanceWithItsWorkbookAttachedAndItsFiguresInTheBody() throws Exception {
		EstimateWorld.load(this.jdbc, this.reference);
		JobExecution estimate = estimate(2027);
		assertThat(estimate.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		this.sender.deliverDue();

		List<MimeMessage> received = MailTestServer.receivedBy("taichinh@kt1.test");
		assertThat(received).hasSize(1);
		Mails.keep(received.get(0), "estimate");
		Map<String, Object> run = this.jdbc.queryForMap("SELECT id, total_vnd, base_vnd, workbook FROM estimate_run "
				+ "WHERE year = 2027 AND current");
		Map<String, Object> backtest = this.jdbc.queryForMap("SELECT estimate_vnd, actual_vnd, total_error_percent "
				+ "FROM estimate_backtest WHERE run_id = ?", run.get("id"));
		assertThat(Mails.subject(received.get(0)))
			.isEqualTo("[KT1] Dự toán kinh phí KT1 năm 2027: " + dong((Long) run.get("total_vnd")));
		String text = Mails.text(received.get(0));
		assertThat(text).contains("Tổng dự toán:").contains(dong((Long) run.get("total_vnd")))
			.contains(dong((Long) run.get("base_vnd")))
			.contains(dong((Long) backtest.get("estimate_vnd")))
			.contains(dong((Long) backtest.get("actual_vnd")))
			.contains(String.format(Locale.GERMANY, "%+.1f %%", backtest.get("total_error_percent")));
		Path workbook = Path.of((String) run.get("workbook"));
		assertThat(Mails.attachments(received.get(0))).containsOnlyKeys("du-toan-KT1-2027.xlsx");
		assertThat(Mails.attachments(received.get(0)).get("du-toan-KT1-2027.xlsx"))
			.isEqualTo(Files.readAllBytes(workbook));
	}

	@Test
	void aYearEndReportReachesThePostOfficeWithTheReportAndItsAnnexAttached() throws Exception {
		IngestTestSupport.deliver("basic", this.ingest);
		ingest(LocalDate.of(2026, 10, 31));
		assertThat(reconcile("2026-10", LocalDate.of(2026, 12, 1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path out = Path.of("target/it-data/alerts/report");
		JobExecution report = this.jobOperator.start(this.reportJob, YearEndReportParameters.of(2026)
			.addString(YearEndReportParameters.OUT_DIR, out.toString(), false)
			.addString(YearEndReportParameters.OVERRIDE_CHECKS, "chỉ có tháng 10 trong thử nghiệm", false)
			.toJobParameters());
		assertThat(report.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Object> october = this.jdbc.queryForMap("SELECT items, fees_vnd FROM reconcile_run "
				+ "WHERE month = '2026-10'");

		this.sender.deliverDue();

		List<MimeMessage> received = MailTestServer.receivedBy("vanphong@buudien.kt1.test");
		assertThat(received).hasSize(1);
		Mails.keep(received.get(0), "year-end-report");
		assertThat(Mails.subject(received.get(0))).isEqualTo("[KT1] Báo cáo năm 2026 về dịch vụ KT1 và phụ lục");
		assertThat(Mails.text(received.get(0))).contains("Số tháng đã đối soát: 1")
			.contains("Số bưu gửi:           " + october.get("items"))
			.contains(dong(((Number) october.get("fees_vnd")).longValue()));
		Map<String, byte[]> files = Mails.attachments(received.get(0));
		assertThat(files).containsOnlyKeys("bao-cao-kt1-2026.docx", "phu-luc-kt1-2026.xlsx");
		assertThat(files.get("bao-cao-kt1-2026.docx")).isEqualTo(Files.readAllBytes(out.resolve("bao-cao-kt1-2026.docx")));
		assertThat(files.get("phu-luc-kt1-2026.xlsx")).isEqualTo(Files.readAllBytes(out.resolve("phu-luc-kt1-2026.xlsx")));
	}

	@Test
	void theMorningDigestTellsTheNightAndWhatNeedsAPersonOncePerDay() throws Exception {
		IngestTestSupport.deliver("basic", this.ingest);
		write("throughput/sanluong_2026-10-07.csv", "ma_buu_gui,ngay_chap_nhan\nKT100000017VN,2026-10-07 08:00\n");
		JobExecution night = ingest(LocalDate.of(2026, 10, 7));
		// a day's digest tells the 24 hours up to 07:00 of that day in Vietnam: the one holding this moment
		ZonedDateTime vietnam = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		LocalDate today = vietnam.toLocalTime().isBefore(LocalTime.of(7, 0)) ? vietnam.toLocalDate()
				: vietnam.toLocalDate().plusDays(1);

		assertThat(this.watch.digest(today)).isPresent();
		assertThat(this.watch.digest(today)).isEmpty();
		this.sender.deliverDue();

		List<MimeMessage> digests = MailTestServer.receivedBy(ADMIN).stream()
			.filter((message) -> Mails.subject(message).contains("Tóm tắt"))
			.toList();
		assertThat(digests).hasSize(1);
		Mails.keep(digests.get(0), "digest");
		assertThat(Mails.subject(digests.get(0))).startsWith("[KT1] Tóm tắt ngày " + String.format("%02d/%02d/%d",
				today.getDayOfMonth(), today.getMonthValue(), today.getYear()) + ": ");
		assertThat(Mails.text(digests.get(0))).contains("ingestJob #" + night.getId() + " (businessDate=2026-10-07): "
				+ "COMPLETED")
			.contains("đã nạp: 4 tệp, 12 dòng nạp, 0 dòng lỗi")
			.contains("bị từ chối: 1 tệp")
			.contains("sanluong_2026-10-07.csv")
			.contains("1 tệp bị từ chối cần được sửa và gửi lại");
	}

	private JobExecution ingest(LocalDate businessDate) throws Exception {
		return this.jobOperator.start(this.ingestJob,
				new JobParametersBuilder().addLocalDate("businessDate", businessDate).toJobParameters());
	}

	private JobExecution reconcile(String month, LocalDate asOf) throws Exception {
		return this.jobOperator.start(this.reconcileJob, new JobParametersBuilder().addString("month", month)
			.addLocalDate("asOf", asOf, false)
			.toJobParameters());
	}

	private JobExecution estimate(int year) throws Exception {
		return this.jobOperator.start(this.estimateJob, new JobParametersBuilder().addLong("year", (long) year)
			.addLocalDate("asOf", LocalDate.of(year - 1, 6, 15), false)
			.toJobParameters());
	}

	private void write(String name, String content) throws Exception {
		Path file = this.ingest.inbox().resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		// written an hour ago: past the inbox's quiet period, as a file sent the day before
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
	}

	/** @return the amount as Vietnamese documents write it, e.g. {@code 12.500 đ} (German groups alike) */
	private static String dong(long amount) {
		return String.format(Locale.GERMANY, "%,d đ", amount);
	}

	/** Two years of items of two agencies and their peers, for an estimate of 2027. */
	static final class EstimateWorld {

		static void load(JdbcTemplate jdbc, ReferenceImportService reference) throws Exception {
			ReferenceTestData.clear(jdbc);
			reference.importFiles(ReferenceImport.sample(Path.of("src/test/resources/estimate/world")));
			List<Object[]> rows = new ArrayList<>();
			for (YearMonth month = YearMonth.of(2024, 1); month.isBefore(YearMonth.of(2026, 6)); month = month
				.plusMonths(1)) {
				for (String[] sender : new String[][] { { "1820001", "20" }, { "3282491", "8" } }) {
					for (int n = 0; n < Integer.parseInt(sender[1]); n++) {
						int line = rows.size() + 1;
						rows.add(new Object[] { line, String.format("AL%09dVN", line),
								month.atDay(1 + n % 28).atTime(9, 0), sender[0] });
					}
				}
			}
			jdbc.batchUpdate("INSERT INTO item_event (file_id, line, barcode, status, status_rank, accepted_at, "
					+ "post_office_code, sender_code, receiver_code, urgency, secrecy, item_type, weight_g, fee_vnd, "
					+ "sender_eligible) VALUES (1, ?, ?, 'CHAP_NHAN', 1, ?, '870000', ?, '3282492', 'KT1', '', 'THU', "
					+ "20, 11000, TRUE)", rows);
		}

	}

}
