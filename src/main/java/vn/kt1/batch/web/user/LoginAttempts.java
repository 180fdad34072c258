package vn.kt1.batch.web.user;

import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.web.WebProperties;

/**
 * Counts failed logins: after {@code kt1.web.max-failed-logins} in a row an account is locked
 * for {@code kt1.web.lockout} (audited); a successful login starts the count again.
 */
@Component
class LoginAttempts {

	private final WebUserStore users;

	private final WebProperties properties;

	private final AdminAudit audit;

	LoginAttempts(WebUserStore users, WebProperties properties, AdminAudit audit) {
		this.users = users;
		this.properties = properties;
		this.audit = audit;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (this.users.find(username).isEmpty()) {
			return;
		}
		int failed = this.users.failed(username);
		if (failed >= this.properties.maxFailedLogins()) {
			LocalDateTime until = LocalDateTime.now().plus(this.properties.lockout());
			this.users.lock(username, until);
			this.audit.record("lock-out", "user " + username, null,
					failed + " failed logins in a row: locked until " + until.withNano(0));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.users.signedIn(event.getAuthentication().getName());
	}

}
