package vn.kt1.batch.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.AlertSender;
import vn.kt1.batch.alert.AlertTestSupport;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.MailTestServer;
import vn.kt1.batch.alert.Outbox;
import vn.kt1.batch.alert.Recipients;
import vn.kt1.batch.alert.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cảnh báo in the console: an administrator sets a topic's recipients in place of the
 * configuration's (the next message goes to them), a bad address changes nothing, and an
 * operator sends a failed message again; each change audited with the console's user.
 */
@Kt1IntegrationTest
class AlertsConsoleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Recipients recipients;

	@Autowired
	private Outbox outbox;

	@Autowired
	private AlertSender sender;

	@BeforeEach
	void clean() {
		ConsoleUsers.reset(this.jdbc);
		AlertTestSupport.clear(this.jdbc);
		MailTestServer.reset();
		this.jdbc.update("DELETE FROM admin_audit");
	}

	@AfterEach
	void configuredRecipientsAgain() {
		AlertTestSupport.clear(this.jdbc);
	}

	private ConsoleClient signedIn(Role role) {
		ConsoleClient client = new ConsoleClient(this.port);
		client.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD);
		return client;
	}

	@Test
	void anAdministratorSetsATopicsRecipientsAndTheNextMessageGoesToThem() throws Exception {
		ConsoleClient admin = signedIn(Role.ADMIN);
		assertThat(this.recipients.of(Topic.FAILURES)).containsExactly("quantri@kt1.test");

		HttpResponse<String> saved = admin.post("/alerts/recipients/failures",
				Map.of("addresses", " truc.ca@kt1.test\r\nquantri2@kt1.test, truc.ca@kt1.test;\n\n"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.recipients.of(Topic.FAILURES)).containsExactly("truc.ca@kt1.test", "quantri2@kt1.test");
		String page = admin.get("/alerts").body();
		assertThat(page).contains("recipients of failures: truc.ca@kt1.test, quantri2@kt1.test",
				"Sửa bởi admin lúc");
		assertThat(this.jdbc.queryForList("SELECT CONCAT(web_user, ' | ', action, ' | ', target) FROM admin_audit",
				String.class))
			.containsExactly("admin | alert recipients | topic failures");

		long id = this.outbox.record(Alert.of(AlertKind.JOB_FAILED, "test:recipients", "Lần chạy lỗi",
				new Letter().paragraph("Thử người nhận."))).orElseThrow();
		this.sender.deliverDue();

		assertThat(this.outbox.find(id).orElseThrow().sentTo()).isEqualTo("truc.ca@kt1.test, quantri2@kt1.test");
		assertThat(MailTestServer.receivedBy("truc.ca@kt1.test")).hasSize(1);
		assertThat(MailTestServer.receivedBy("quantri2@kt1.test")).hasSize(1);
		assertThat(MailTestServer.receivedBy("quantri@kt1.test")).isEmpty();

		admin.post("/alerts/recipients/failures/reset", Map.of());

		assertThat(this.recipients.of(Topic.FAILURES)).containsExactly("quantri@kt1.test");
	}

	@Test
	void anAddressThatIsNotOneChangesNothingAndSaysWhich() {
		ConsoleClient admin = signedIn(Role.ADMIN);

		admin.post("/alerts/recipients/estimates", Map.of("addresses", "taichinh@kt1.test\nphong tai chinh"));

		assertThat(admin.get("/alerts").body()).contains(
				"Không lưu được người nhận dự toán: &#39;phong tai chinh&#39; không phải là địa chỉ thư điện tử");
		assertThat(this.recipients.of(Topic.ESTIMATES)).containsExactly("taichinh@kt1.test");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM alert_recipients", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT result FROM admin_audit", String.class))
			.isEqualTo("refused: 'phong tai chinh' không phải là địa chỉ thư điện tử");
	}

	@Test
	void onlyAnAdministratorChangesRecipients() {
		ConsoleClient operator = signedIn(Role.OPERATOR);

		assertThat(operator.get("/alerts").statusCode()).isEqualTo(200);
		assertThat(operator.get("/alerts").body()).doesNotContain("/alerts/recipients/failures");
		assertThat(operator.post("/alerts/recipients/failures", Map.of("addresses", "ai.do@kt1.test")).statusCode())
			.isEqualTo(403);
		assertThat(this.recipients.of(Topic.FAILURES)).containsExactly("quantri@kt1.test");
	}

	@Test
	void anOperatorSendsAFailedMessageAgain() {
		long id = this.outbox.record(Alert.of(AlertKind.JOB_FAILED, "test:retry", "Lần chạy lỗi",
				new Letter().paragraph("Thử gửi lại."))).orElseThrow();
		this.jdbc.update("UPDATE alert_outbox SET status = 'FAILED', attempts = 5, last_error = 'máy chủ thư từ chối' "
				+ "WHERE id = ?", id);
		ConsoleClient operator = signedIn(Role.OPERATOR);
		assertThat(operator.get("/alerts?status=FAILED").body()).contains("Lần chạy lỗi", "máy chủ thư từ chối",
				"/alerts/messages/" + id + "/retry");

		operator.post("/alerts/messages/" + id + "/retry", Map.of());

		assertThat(this.outbox.find(id).orElseThrow().status()).isEqualTo("PENDING");
		assertThat(this.outbox.find(id).orElseThrow().attempts()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(web_user, ' | ', result) FROM admin_audit", String.class))
			.isEqualTo("operator | message " + id + " will be sent again");
		this.sender.deliverDue();
		assertThat(MailTestServer.receivedBy("quantri@kt1.test")).hasSize(1);
	}

}
