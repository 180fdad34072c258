package vn.kt1.batch.alert.event;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.web.ConsoleClient;
import vn.kt1.batch.web.ConsoleUsers;
import vn.kt1.batch.web.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link an alert carries opens a page of the console for the role that receives it,
 * filtered as the message says.
 */
@Kt1IntegrationTest
class ConsoleLinksIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void accounts() {
		ConsoleUsers.reset(this.jdbc);
	}

	@Test
	void everyLinkOpensAPageFilteredAsTheMessageSays() {
		ConsoleLinks links = new ConsoleLinks("http://kt1.example.vn/");
		// the estimate's page of a year without one says so: the link reaches the estimate's page
		Map<String, String> pageOfEachLink = Map.of(
				links.files(LocalDate.of(2026, 10, 25)), "200 value=\"25/10/2026\"",
				links.checks(YearMonth.of(2026, 10)), "200 value=\"2026-10\"",
				links.estimate(2027), "404 Năm 2027 chưa có dự toán",
				links.reports(), "200 Báo cáo",
				links.home(), "200 Tổng quan");
		ConsoleClient admin = new ConsoleClient(this.port);
		admin.login(ConsoleUsers.name(Role.ADMIN), ConsoleUsers.PASSWORD);

		pageOfEachLink.forEach((link, shown) -> {
			assertThat(link).startsWith("http://kt1.example.vn/");
			URI uri = URI.create(link);
			String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");

			var page = admin.get(path);

			assertThat(page.statusCode()).as(link).isEqualTo(Integer.parseInt(shown.substring(0, 3)));
			assertThat(page.body()).as(link).contains(shown.substring(4));
		});
	}

}
