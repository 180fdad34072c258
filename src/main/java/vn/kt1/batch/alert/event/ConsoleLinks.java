package vn.kt1.batch.alert.event;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links into the web console, from its base address ({@code kt1.web.base-url}, e.g.
 * {@code http://127.0.0.1:8080}). Every page a message links to is named here.
 */
@Component
class ConsoleLinks {

	private final String base;

	ConsoleLinks(@Value("${kt1.web.base-url:http://127.0.0.1:8080}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	String execution(long id) {
		return this.base + "/executions/" + id;
	}

	String files(java.time.LocalDate businessDate) {
		return this.base + "/files?date=" + businessDate;
	}

	String checks(long runId) {
		return this.base + "/checks?run=" + runId;
	}

	String estimate(int year) {
		return this.base + "/estimates/" + year;
	}

	String report(int year) {
		return this.base + "/reports/" + year;
	}

	String home() {
		return this.base + "/";
	}

}
