package vn.kt1.batch.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * Who may do what in the console: one rule per group of pages and actions, read by the
 * security filter and by the menu. A URL no rule names is refused to everyone, ADMIN too,
 * so a page added without a rule cannot be reached (and the authorisation test fails).
 */
final class Access {

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final Set<Role> OPERATIONS = EnumSet.of(Role.ADMIN, Role.OPERATOR);

	private static final Set<Role> FINANCE = EnumSet.of(Role.ADMIN, Role.FINANCE);

	private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.FINANCE);

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	/** The rules, most specific first. */
	static final List<Rule> RULES = List.of(
			// what everyone signed in may see
			rule(HttpMethod.GET, ALL, "/", "/quality", "/reports", "/reports/*/download/*", "/account"),
			rule(HttpMethod.POST, ALL, "/account/password"),
			// executions, runs and backfills, schedules
			rule(HttpMethod.GET, OPERATIONS, "/executions", "/executions/*", "/executions/*/*", "/run", "/backfill",
					"/schedules"),
			rule(HttpMethod.POST, OPERATIONS, "/executions/*/*", "/run", "/backfill", "/schedules/*/*"),
			// input files, their rejects, uploads into the inbox
			rule(HttpMethod.GET, OPERATIONS, "/files", "/files/*/rejects", "/files/upload"),
			rule(HttpMethod.POST, OPERATIONS, "/files/upload"),
			// reference lists: seen by staff, imported by operations
			rule(HttpMethod.GET, STAFF, "/reference/agencies", "/reference/post-offices", "/reference/tariff"),
			rule(HttpMethod.GET, OPERATIONS, "/reference/upload"),
			rule(HttpMethod.POST, OPERATIONS, "/reference/upload"),
			// reconciliation, data checks, estimates, reports
			rule(HttpMethod.GET, FINANCE, "/reconcile", "/reconcile/*", "/reconcile/*/workbook", "/reconcile/*/agency/*",
					"/estimates", "/estimates/*", "/estimates/*/workbook"),
			rule(HttpMethod.GET, STAFF, "/checks"),
			rule(HttpMethod.POST, FINANCE, "/checks/*/acknowledge", "/checks/*/override", "/reports", "/reconcile/*/signoff"),
			// alerts (recipients are the administrators'), users, the audit trail
			rule(HttpMethod.GET, OPERATIONS, "/alerts"),
			rule(HttpMethod.POST, OPERATIONS, "/alerts/messages/*/retry"),
			rule(HttpMethod.POST, ADMIN, "/alerts/recipients/*", "/alerts/recipients/*/reset"),
			rule(HttpMethod.GET, ADMIN, "/users", "/audit"),
			rule(HttpMethod.POST, ADMIN, "/users", "/users/*/*"));

	private Access() {
	}

	private static Rule rule(HttpMethod method, Set<Role> roles, String... patterns) {
		return new Rule(method, Set.copyOf(roles), List.of(patterns));
	}

	/** @return whether a role may open this page ({@code GET}) */
	static boolean mayOpen(Role role, String path) {
		return RULES.stream()
			.filter((rule) -> rule.method() == HttpMethod.GET && rule.patterns().contains(path))
			.anyMatch((rule) -> rule.roles().contains(role));
	}

	/**
	 * Some requests of a method and patterns, and the roles allowed.
	 *
	 * @param method the HTTP method
	 * @param roles who may
	 * @param patterns the paths, {@code *} standing for one segment
	 */
	record Rule(HttpMethod method, Set<Role> roles, List<String> patterns) {

		String[] roleNames() {
			return this.roles.stream().map(Role::name).sorted().toArray(String[]::new);
		}

		String[] patternArray() {
			return this.patterns.toArray(String[]::new);
		}

		@Override
		public String toString() {
			return this.method + " " + this.patterns + " " + Arrays.toString(roleNames());
		}

	}

}
