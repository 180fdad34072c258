package vn.kt1.batch.web.user;

import java.time.LocalDateTime;

import vn.kt1.batch.web.Role;

/**
 * An account of the console, as stored (without its password).
 *
 * @param lockedUntil until when repeated failed logins lock it, {@code null} when not
 */
record WebUser(long id, String username, Role role, boolean enabled, int failedLogins, LocalDateTime lockedUntil,
		LocalDateTime createdAt, LocalDateTime lastLoginAt) {

	public boolean locked(LocalDateTime now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
