package vn.kt1.batch.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the application maps, for every role and for nobody signed in, against a
 * table of who may: an endpoint added without a row here, or without a rule in the security
 * configuration, fails this test.
 */
@Kt1IntegrationTest
class AuthorizationIntegrationTests {

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final Set<Role> OPERATIONS = EnumSet.of(Role.ADMIN, Role.OPERATOR);

	private static final Set<Role> FINANCE = EnumSet.of(Role.ADMIN, Role.FINANCE);

	private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.FINANCE);

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	/** Who may call each endpoint, written out by hand (not read from the configuration). */
	private static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put("GET /", ALL);
		EXPECTED.put("GET /account", ALL);
		EXPECTED.put("POST /account/password", ALL);
		EXPECTED.put("GET /quality", ALL);
		EXPECTED.put("GET /reports", ALL);
		EXPECTED.put("GET /reports/{execution}/download/{file}", ALL);
		EXPECTED.put("POST /reports", FINANCE);
		EXPECTED.put("GET /executions", OPERATIONS);
		EXPECTED.put("GET /executions/{id}", OPERATIONS);
		EXPECTED.put("GET /executions/{id}/{action}", OPERATIONS);
		EXPECTED.put("POST /executions/{id}/{action}", OPERATIONS);
		EXPECTED.put("GET /run", OPERATIONS);
		EXPECTED.put("POST /run", OPERATIONS);
		EXPECTED.put("GET /backfill", OPERATIONS);
		EXPECTED.put("POST /backfill", OPERATIONS);
		EXPECTED.put("GET /schedules", OPERATIONS);
		EXPECTED.put("POST /schedules/{name}/{action}", OPERATIONS);
		EXPECTED.put("GET /files", OPERATIONS);
		EXPECTED.put("GET /files/{id}/rejects", OPERATIONS);
		EXPECTED.put("GET /files/upload", OPERATIONS);
		EXPECTED.put("POST /files/upload", OPERATIONS);
		EXPECTED.put("GET /reference/agencies", STAFF);
		EXPECTED.put("GET /reference/post-offices", STAFF);
		EXPECTED.put("GET /reference/tariff", STAFF);
		EXPECTED.put("GET /reference/upload", OPERATIONS);
		EXPECTED.put("POST /reference/upload", OPERATIONS);
		EXPECTED.put("GET /reconcile", FINANCE);
		EXPECTED.put("GET /reconcile/{month}", FINANCE);
		EXPECTED.put("GET /reconcile/{month}/workbook", FINANCE);
		EXPECTED.put("GET /reconcile/{month}/agency/{code}", FINANCE);
		EXPECTED.put("POST /reconcile/{month}/signoff", FINANCE);
		EXPECTED.put("GET /checks", STAFF);
		EXPECTED.put("POST /checks/{id}/acknowledge", FINANCE);
		EXPECTED.put("POST /checks/{id}/override", FINANCE);
		EXPECTED.put("GET /estimates", FINANCE);
		EXPECTED.put("GET /estimates/{year}", FINANCE);
		EXPECTED.put("GET /estimates/{year}/workbook", FINANCE);
		EXPECTED.put("GET /alerts", OPERATIONS);
		EXPECTED.put("POST /alerts/messages/{id}/retry", OPERATIONS);
		EXPECTED.put("POST /alerts/recipients/{topic}", ADMIN);
		EXPECTED.put("POST /alerts/recipients/{topic}/reset", ADMIN);
		EXPECTED.put("GET /users", ADMIN);
		EXPECTED.put("POST /users", ADMIN);
		EXPECTED.put("POST /users/{username}/{action}", ADMIN);
		EXPECTED.put("GET /audit", ADMIN);
		EXPECTED.put("GET /actuator/prometheus", ADMIN);
	}

	/** Values for path variables that name nothing, so an allowed call finds nothing and changes nothing. */
	private static final Map<String, String> SAMPLES = Map.of("{id}", "999999999", "{execution}", "999999999",
			"{action}", "nosuch", "{file}", "bao-cao", "{name}", "no-such-schedule", "{month}", "1999-01", "{code}",
			"0000000", "{year}", "1999", "{username}", "nobody", "{topic}", "nosuch");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@BeforeEach
	void accounts() {
		ConsoleUsers.reset(this.jdbc);
	}

	@Test
	void theTableNamesEveryMappedEndpointAndNothingElse() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					mapped.add(method + " " + pattern);
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					mapped.add("ANY " + pattern);
				}
			}
		}
		mapped.remove("GET /login");
		mapped.remove("ANY /error");
		mapped.removeIf((endpoint) -> endpoint.endsWith(" /error"));
		Set<String> expected = new TreeSet<>(EXPECTED.keySet());
		expected.remove("GET /actuator/prometheus");
		assertThat(mapped).as("mapped endpoints; each needs a row in EXPECTED and a rule in Access")
			.containsExactlyElementsOf(expected);
	}

	@Test
	void everyRoleGetsExactlyWhatTheTableAllows() {
		List<String> wrong = new ArrayList<>();
		for (Role role : Role.values()) {
			ConsoleClient client = new ConsoleClient(this.port);
			client.login(ConsoleUsers.name(role), ConsoleUsers.PASSWORD);
			String csrf = client.token("/account");
			for (Map.Entry<String, Set<Role>> endpoint : EXPECTED.entrySet()) {
				String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
				String pattern = endpoint.getKey().substring(method.length() + 1);
				String path = path(pattern);
				HttpResponse<String> response = "GET".equals(method) ? client.get(path)
						: client.post(path, Map.of(), csrf);
				int status = response.statusCode();
				boolean allowed = endpoint.getValue().contains(role);
				boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
				if (allowed && "GET".equals(method) && !pattern.contains("{")) {
					ok = status == 200;
				}
				if (!ok) {
					wrong.add(role + " " + method + " " + path + ": " + status + (allowed ? " (allowed)" : " (denied)")
							+ ((status >= 500) ? " " + response.body() : ""));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void nobodySignedInIsSentToTheLoginPageExceptForHealthAndAssets() {
		ConsoleClient client = new ConsoleClient(this.port);
		List<String> wrong = new ArrayList<>();
		for (String endpoint : EXPECTED.keySet()) {
			if (endpoint.startsWith("GET ")) {
				String path = path(endpoint.substring(4));
				HttpResponse<String> response = client.get(path);
				String location = response.headers().firstValue("Location").orElse("");
				boolean toLogin = response.statusCode() == 302 && location.endsWith("/login");
				boolean refused = response.statusCode() == 401 || response.statusCode() == 403;
				if (!toLogin && !refused) {
					wrong.add(path + ": " + response.statusCode() + " " + location);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(client.get("/login").statusCode()).isEqualTo(200);
		assertThat(client.get("/css/console.css").statusCode()).isEqualTo(200);
		HttpResponse<String> health = client.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
	}

	private static String path(String pattern) {
		String path = pattern;
		for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
			path = path.replace(sample.getKey(), sample.getValue());
		}
		return path;
	}

}
