package vn.kt1.batch.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class WebConsoleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void accounts() {
		ConsoleUsers.reset(this.jdbc);
	}

	@Test
	void everyRoleSignsInAndSeesTheOverview() {
		for (Role role : Role.values()) {
			ConsoleClient client = new ConsoleClient(this.port);
			assertThat(client.get("/").statusCode()).isEqualTo(302);
			HttpResponse<String> login = client.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD);
			assertThat(login.headers().firstValue("Location")).as(login.statusCode() + " " + login.body() + " login page: "
					+ client.get("/login").body())
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
			HttpResponse<String> page = client.get("/");
			assertThat(page.statusCode()).as(role.name()).isEqualTo(200);
			assertThat(page.body()).contains("Tổng quan");
		}
	}

}
