package vn.kt1.batch.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;

/**
 * The console's security: every URL needs a signed-in user except the login page, static
 * assets and the health endpoint (for the proxy); each page and action is allowed to the
 * roles of {@link Access}; form login with CSRF tokens on every form; the security headers
 * (a content security policy without inline scripts, no framing, no sniffing, no referrer
 * to other sites).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain console(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll();
			requests.requestMatchers(EndpointRequest.to("health")).permitAll();
			requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name());
			for (Access.Rule rule : Access.RULES) {
				requests.requestMatchers(rule.method(), rule.patternArray()).hasAnyRole(rule.roleNames());
			}
			requests.anyRequest().denyAll();
		});
		http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(failure()));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
			.invalidateHttpSession(true)
			.deleteCookies("JSESSIONID"));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/** @return the login page again, saying why: locked, disabled, or wrong name or password */
	private static AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			String reason = (exception instanceof LockedException) ? "locked"
					: (exception instanceof DisabledException) ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

}
