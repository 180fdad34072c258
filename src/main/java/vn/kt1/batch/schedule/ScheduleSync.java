package vn.kt1.batch.schedule;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.shared.cli.CliException;

/**
 * Applies the schedule files to the Quartz tables before every scheduling command
 * ({@code serve}, {@code schedules}, {@code pause}, {@code resume}, {@code trigger}), so the
 * files are the one source of the schedules. Each change is logged and audited.
 */
@Component
class ScheduleSync {

	private static final Logger logger = LoggerFactory.getLogger(ScheduleSync.class);

	private final ScheduleCatalog catalog;

	private final ScheduleStore store;

	private final AdminAudit audit;

	ScheduleSync(ScheduleCatalog catalog, ScheduleStore store, AdminAudit audit) {
		this.catalog = catalog;
		this.store = store;
		this.audit = audit;
	}

	/**
	 * @return the schedules of the files, checked
	 * @throws CliException naming the file when one cannot be used
	 */
	List<Schedule> load() {
		try {
			return this.catalog.load();
		}
		catch (ScheduleFileException ex) {
			throw new CliException(ex.getMessage());
		}
	}

	/** @return the changes made to the Quartz tables, one line each */
	List<String> apply(List<Schedule> schedules) {
		List<String> changes = this.store.apply(schedules);
		for (String change : changes) {
			logger.info("Schedules: {}", change);
			this.audit.record("schedule-apply", "schedule files", null, change);
		}
		return changes;
	}

}
