package vn.kt1.batch.web.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored as BCrypt hashes (cost 10), by the console and by {@code kt1 user}. */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
