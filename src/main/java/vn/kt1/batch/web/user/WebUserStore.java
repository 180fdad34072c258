package vn.kt1.batch.web.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.web.Role;

/**
 * The console's accounts in {@code web_user}: passwords as BCrypt hashes, a role each, and
 * the failed logins that lock an account for a while. Spring Security reads it to sign in.
 */
@Repository
class WebUserStore implements UserDetailsService {

	/** Letters, digits, '.', '_', '-'; 3 to 60 characters. */
	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,59}");

	/** The shortest password accepted. */
	static final int MIN_PASSWORD = 10;

	private static final String COLUMNS = "id, username, role, enabled, failed_logins, locked_until, created_at, "
			+ "last_login_at";

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	WebUserStore(JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	PasswordEncoder encoder() {
		return this.encoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc.query("SELECT username, password_hash, role, enabled, locked_until FROM web_user "
				+ "WHERE username = ?", (rs, n) -> User.withUsername(rs.getString(1))
					.password(rs.getString(2))
					.roles(rs.getString(3))
					.disabled(!rs.getBoolean(4))
					.accountLocked(rs.getTimestamp(5) != null
							&& rs.getTimestamp(5).toLocalDateTime().isAfter(LocalDateTime.now()))
					.build(),
				username)
			.stream()
			.findFirst()
			.orElseThrow(() -> new UsernameNotFoundException("no user " + username));
	}

	Optional<WebUser> find(String username) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM web_user WHERE username = ?", WebUserStore::user, username)
			.stream()
			.findFirst();
	}

	List<WebUser> all() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM web_user ORDER BY username", WebUserStore::user);
	}

	/**
	 * @throws IllegalArgumentException when the name is malformed or taken, or the password
	 * too short
	 */
	void add(String username, Role role, String password) {
		if (!USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("user name '" + username
					+ "': 3 to 60 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		if (find(username).isPresent()) {
			throw new IllegalArgumentException("user " + username + " exists already");
		}
		checkPassword(password);
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		this.jdbc.update("INSERT INTO web_user (username, password_hash, role, enabled, created_at, "
				+ "password_changed_at) VALUES (?, ?, ?, TRUE, ?, ?)", username, this.encoder.encode(password),
				role.name(), now, now);
	}

	void changePassword(String username, String password) {
		checkPassword(password);
		update("UPDATE web_user SET password_hash = ?, password_changed_at = ?, failed_logins = 0, locked_until = NULL "
				+ "WHERE username = ?", username, this.encoder.encode(password), Timestamp.valueOf(LocalDateTime.now()));
	}

	/** @return whether the password is the user's current one */
	boolean matches(String username, String password) {
		return this.jdbc.queryForList("SELECT password_hash FROM web_user WHERE username = ?", String.class, username)
			.stream()
			.anyMatch((hash) -> this.encoder.matches(password, hash));
	}

	void setEnabled(String username, boolean enabled) {
		update("UPDATE web_user SET enabled = ?, failed_logins = 0, locked_until = NULL WHERE username = ?", username,
				enabled);
	}

	void setRole(String username, Role role) {
		update("UPDATE web_user SET role = ? WHERE username = ?", username, role.name());
	}

	/** @return how many failed logins in a row the user has now */
	int failed(String username) {
		this.jdbc.update("UPDATE web_user SET failed_logins = failed_logins + 1 WHERE username = ?", username);
		return this.jdbc.queryForList("SELECT failed_logins FROM web_user WHERE username = ?", Integer.class, username)
			.stream()
			.findFirst()
			.orElse(0);
	}

	void lock(String username, LocalDateTime until) {
		this.jdbc.update("UPDATE web_user SET locked_until = ?, failed_logins = 0 WHERE username = ?",
				Timestamp.valueOf(until), username);
	}

	void signedIn(String username) {
		this.jdbc.update("UPDATE web_user SET failed_logins = 0, locked_until = NULL, last_login_at = ? "
				+ "WHERE username = ?", Timestamp.valueOf(LocalDateTime.now()), username);
	}

	long admins() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM web_user WHERE role = 'ADMIN' AND enabled", Long.class);
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
		}
		if (password.length() > 72) {
			throw new IllegalArgumentException("a password has at most 72 characters (BCrypt reads no further)");
		}
	}

	private void update(String sql, String username, Object... values) {
		Object[] arguments = new Object[values.length + 1];
		System.arraycopy(values, 0, arguments, 0, values.length);
		arguments[values.length] = username;
		if (this.jdbc.update(sql, arguments) == 0) {
			throw new IllegalArgumentException("no user " + username);
		}
	}

	private static WebUser user(ResultSet rs, int n) throws SQLException {
		Timestamp locked = rs.getTimestamp(6);
		Timestamp last = rs.getTimestamp(8);
		return new WebUser(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
				rs.getInt(5), (locked != null) ? locked.toLocalDateTime() : null, rs.getTimestamp(7).toLocalDateTime(),
				(last != null) ? last.toLocalDateTime() : null);
	}

}
