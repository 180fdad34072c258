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

	/** The files of one night: the files page filtered on their business date. */
	String files(java.time.LocalDate businessDate) {
		return this.base + "/files?from=" + businessDate + "&to=" + businessDate;
	}

	/** The data checks of one month: the checks page filtered on it. */
	String checks(java.time.YearMonth month) {
		return this.base + "/checks?from=" + month + "&to=" + month;
	}

	String estimate(int year) {
		return this.base + "/estimates/" + year;
	}

	/** The reports page, where each year's report is listed with its files. */
	String reports() {
		return this.base + "/reports";
	}

	String home() {
		return this.base + "/";
	}

}
