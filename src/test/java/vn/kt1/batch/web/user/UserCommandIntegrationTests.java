package vn.kt1.batch.web.user;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.web.ConsoleClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kt1 user}: the first administrator, and the accounts' life on the command line. */
@Kt1IntegrationTest
class UserCommandIntegrationTests {

	private static final InputStream STDIN = System.in;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Kt1CommandLine commandLine;

	private CommandLineCapture kt1;

	@BeforeEach
	void noAccounts() {
		this.jdbc.update("DELETE FROM web_user");
		this.jdbc.update("DELETE FROM admin_audit");
		this.kt1 = new CommandLineCapture(this.commandLine);
	}

	@AfterEach
	void standardInput() {
		System.setIn(STDIN);
	}

	private int run(String stdin, String... args) {
		System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		return this.kt1.run(args);
	}

	@Test
	void theFirstAdministratorIsAddedWithAPasswordFromStandardInputAndSignsIn() {
		assertThat(run("mật khẩu quản trị 1\n", "user", "add", "nguyen.van.a", "--role", "admin")).isZero();

		assertThat(this.kt1.out()).isEqualTo("user nguyen.van.a added with role ADMIN\n");
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM web_user WHERE username = 'nguyen.van.a'",
				String.class);
		assertThat(hash).startsWith("$2a$10$");
		assertThat(BCrypt.checkpw("mật khẩu quản trị 1", hash)).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(action, ' | ', target, ' | ', result) FROM admin_audit",
				String.class)).isEqualTo("user add | user nguyen.van.a | user nguyen.van.a added with role ADMIN");
		ConsoleClient client = new ConsoleClient(this.port);
		client.login("nguyen.van.a", "mật khẩu quản trị 1");
		assertThat(client.get("/users").body()).contains("nguyen.van.a");
	}

	@Test
	void thePasswordIsNeverAnArgument() {
		assertThat(run("", "user", "add", "x.y", "--role", "ADMIN", "--password", "secret-secret")).isEqualTo(2);
		assertThat(this.kt1.err()).contains("unknown option '--password'");
		assertThat(run("", "user", "add", "x.y", "--role", "ADMIN", "secret-secret")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM web_user", Integer.class)).isZero();
	}

	@Test
	void refusalsAreOneLineAndChangeNothing() {
		assertThat(run("short\n", "user", "add", "a.b", "--role", "VIEWER")).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo("kt1: a password needs at least 10 characters\n");
		assertThat(run("long enough pw\n", "user", "add", "a.b", "--role", "BOSS")).isEqualTo(2);
		assertThat(this.kt1.err()).isEqualTo("kt1: unknown role 'BOSS'; roles: ADMIN, OPERATOR, FINANCE, VIEWER\n");
		assertThat(run("long enough pw\n", "user", "add", "<a>", "--role", "VIEWER")).isEqualTo(1);
		assertThat(run("", "user", "add", "a.b", "--role", "VIEWER")).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo("kt1: no password on standard input\n");
		assertThat(run("", "user", "disable", "nobody")).isEqualTo(1);
		assertThat(this.kt1.err()).isEqualTo("kt1: no user nobody\n");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM web_user", Integer.class)).isZero();
	}

	@Test
	void aUserIsDisabledAndGetsANewPassword() {
		assertThat(run("first password\n", "user", "add", "ke.toan", "--role", "FINANCE")).isZero();
		assertThat(run("", "user", "disable", "ke.toan")).isZero();
		assertThat(this.kt1.out()).isEqualTo("user ke.toan disabled\n");
		ConsoleClient client = new ConsoleClient(this.port);
		assertThat(client.login("ke.toan", "first password").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error=disabled"));

		assertThat(run("", "user", "enable", "ke.toan")).isZero();
		assertThat(run("second password\n", "user", "passwd", "ke.toan")).isZero();
		assertThat(this.kt1.out()).isEqualTo("password of ke.toan changed\n");
		assertThat(client.login("ke.toan", "first password").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error=bad"));
		assertThat(client.login("ke.toan", "second password").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		assertThat(run("", "user", "list")).isZero();
		assertThat(this.kt1.out()).contains("ke.toan", "FINANCE", "active");
	}

}
