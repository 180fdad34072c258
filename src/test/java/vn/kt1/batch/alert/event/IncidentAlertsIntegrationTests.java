package vn.kt1.batch.alert.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.alert.AlertSender;
import vn.kt1.batch.alert.AlertTestSupport;
import vn.kt1.batch.alert.MailTestServer;
import vn.kt1.batch.alert.Mails;
import vn.kt1.batch.incident.IncidentImportException;
import vn.kt1.batch.incident.IncidentImportService;
import vn.kt1.batch.incident.IncidentTestSupport;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A new incident of grade A or B in the register is told the same day, once, to the
 * {@code checks} topic (administrators, Department of Science and Technology).
 */
@Kt1IntegrationTest
class IncidentAlertsIntegrationTests {

	private static final Path SAMPLE = Path.of("jobs/year-end-report/sample/incidents/su-co_2026-09.csv");

	@TempDir
	Path dir;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private IncidentImportService incidents;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private AlertWatch watch;

	@Autowired
	private AlertSender sender;

	@BeforeEach
	void emptyRegisterAndOutbox() {
		IncidentTestSupport.clear(this.jdbc);
		ReferenceTestData.clear(this.jdbc);
		this.reference.importFiles(ReferenceImport.sample(Path.of("src/test/resources/reference")));
		AlertTestSupport.clear(this.jdbc);
		MailTestServer.reset();
	}

	@Test
	void aGradeAIncidentIsToldAtOnceAndOnlyOnce() throws Exception {
		this.incidents.importFile(SAMPLE);
		this.sender.deliverDue();

		List<MimeMessage> received = MailTestServer.receivedBy("sokhcn@kt1.test");
		assertThat(received).hasSize(1);
		assertThat(MailTestServer.receivedBy("quantri@kt1.test")).hasSize(1);
		Mails.keep(received.get(0), "severe-incidents");
		assertThat(Mails.subject(received.get(0)))
			.isEqualTo("[KT1] 1 sự cố mới với bưu gửi Tuyệt mật: cần báo cáo ngay");
		assertThat(Mails.text(received.get(0))).contains("09:30:00 14/09/2026 — Thất lạc, bưu gửi Tuyệt mật (A) số hiệu "
				+ "KT300000057VN — bưu cục 870000 Bưu điện tỉnh Đồng Tháp (KT1): Bưu gửi Tuyệt mật chấp nhận ngày 07/09 "
				+ "không đến nơi nhận. Xử lý: Đã báo Công an tỉnh, đang xác minh hành trình. Đã báo: UBND tỉnh (qua Sở "
				+ "KH&CN), Công an tỉnh.")
			.doesNotContain("Hư hỏng", "Chậm trễ");

		this.incidents.importFile(SAMPLE);
		this.watch.poll();
		assertThat(severeIncidentMessages()).as("told once").isOne();
	}

	@Test
	void anIncidentImportedByAProcessThatStoppedBeforeTellingIsToldByThePoll() {
		this.incidents.importFile(SAMPLE);
		AlertTestSupport.clear(this.jdbc);

		this.watch.poll();

		assertThat(this.jdbc.queryForList("SELECT topic FROM alert_outbox WHERE kind = 'SEVERE_INCIDENTS'",
				String.class)).containsExactly("checks");
		this.watch.poll();
		assertThat(severeIncidentMessages()).isOne();
	}

	@Test
	void aRefusedRegisterOrOneWithoutGradesAOrBTellsNothing() throws IOException {
		Path refused = this.dir.resolve("su-co-loi.csv");
		Files.writeString(refused, "thoi_diem,ma_buu_cuc,do_mat,loai_su_co,mo_ta\n"
				+ "2026-10-02 08:00,870000,A,THAT_LAC,Mất bưu gửi\n"
				+ "2026-10-03 08:00,870000,A,NO_SUCH_KIND,Không rõ\n", StandardCharsets.UTF_8);
		Path minor = this.dir.resolve("su-co-nhe.csv");
		Files.writeString(minor, "thoi_diem,ma_buu_cuc,do_mat,loai_su_co,mo_ta\n"
				+ "2026-10-04 08:00,870000,C,CHAM,Chậm hai giờ\n", StandardCharsets.UTF_8);

		assertThatExceptionOfType(IncidentImportException.class).isThrownBy(() -> this.incidents.importFile(refused));
		this.incidents.importFile(minor);

		this.watch.poll();
		assertThat(severeIncidentMessages()).isZero();
	}

	private int severeIncidentMessages() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'SEVERE_INCIDENTS'",
				Integer.class);
	}

}
