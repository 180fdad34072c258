package vn.kt1.batch.alert.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.alert.AlertProperties;

/**
 * Where events become messages in the outbox. Every event is derived from committed state
 * and has a unique key, so each detection may run any number of times, in any process: after
 * each job (its listener), and from {@code kt1 serve}'s poll, which finds what a process that
 * died never told. A detection that fails is logged and tried again at the next poll; it never
 * fails the job that caused it.
 */
@Component
class AlertWatch {

	private static final Logger logger = LoggerFactory.getLogger(AlertWatch.class);

	private final JobAlerts jobs;

	private final RefusedFileAlerts refused;

	private final CheckAlerts checks;

	private final EstimateAlerts estimates;

	private final ReportAlerts reports;

	private final SilenceAlerts silence;

	private final IncidentAlerts incidents;

	private final DeadlineAlerts deadlines;

	private final DigestAlerts digest;

	private final AlertProperties properties;

	AlertWatch(JobAlerts jobs, RefusedFileAlerts refused, CheckAlerts checks, EstimateAlerts estimates,
			ReportAlerts reports, SilenceAlerts silence, IncidentAlerts incidents, DeadlineAlerts deadlines,
			DigestAlerts digest, AlertProperties properties) {
		this.jobs = jobs;
		this.refused = refused;
		this.checks = checks;
		this.estimates = estimates;
		this.reports = reports;
		this.silence = silence;
		this.incidents = incidents;
		this.deadlines = deadlines;
		this.digest = digest;
		this.properties = properties;
	}

	/** A job has just ended; its final status is not written yet, its work is. */
	List<Long> afterJob(JobExecution execution) {
		List<Long> written = new ArrayList<>();
		LocalDateTime since = since();
		detect("job " + execution.getId(), () -> this.jobs.ended(execution).stream().toList(), written);
		switch (execution.getJobInstance().getJobName()) {
			case "ingestJob" -> detect("refused files", () -> this.refused.afterIngest(since).stream().toList(),
					written);
			case "reconcileJob" -> detect("data checks", () -> this.checks.sweep(since), written);
			case "estimateJob" -> detect("estimates", () -> this.estimates.sweep(since), written);
			case "yearEndReportJob" -> {
				if (execution.getStatus() == BatchStatus.COMPLETED) {
					detect("year-end report", () -> this.reports.completed(execution).stream().toList(), written);
				}
			}
			default -> {
			}
		}
		return written;
	}

	/** What happened since the look-back and no message told yet. */
	List<Long> poll() {
		List<Long> written = new ArrayList<>();
		LocalDateTime since = since();
		detect("job executions", () -> this.jobs.sweep(since), written);
		detect("refused files", () -> this.refused.sweep(since).stream().toList(), written);
		detect("data checks", () -> this.checks.sweep(since), written);
		detect("estimates", () -> this.estimates.sweep(since), written);
		detect("year-end reports", () -> this.reports.sweep(since), written);
		detect("incidents", () -> this.incidents.sweep(since), written);
		return written;
	}

	/** Post offices gone silent, and the deadlines of the calendar, as of now. */
	List<Long> watch(LocalDateTime now) {
		List<Long> written = new ArrayList<>();
		detect("silent post offices", () -> this.silence.check(now).stream().toList(), written);
		detect("deadlines", () -> this.deadlines.check(calendar(), now.toLocalDate()), written);
		return written;
	}

	/** The digest of a day, once that day's digest time has come. */
	Optional<Long> digestIfDue(ZonedDateTime now) {
		ZonedDateTime local = now.withZoneSameInstant(this.properties.timeZone());
		if (local.toLocalTime().isBefore(this.properties.digestTime())) {
			return Optional.empty();
		}
		return digest(local.toLocalDate());
	}

	Optional<Long> digest(LocalDate day) {
		List<Long> written = new ArrayList<>();
		List<Deadline> calendar;
		String error = null;
		try {
			calendar = calendar();
		}
		catch (IllegalArgumentException ex) {
			calendar = List.of();
			error = ex.getMessage();
		}
		List<Deadline> deadlines = calendar;
		String calendarError = error;
		detect("digest", () -> this.digest.write(day, deadlines, calendarError).stream().toList(), written);
		return written.stream().findFirst();
	}

	List<Deadline> calendar() {
		return DeadlineCalendar.read(this.properties.deadlines());
	}

	private LocalDateTime since() {
		return LocalDateTime.now().minus(this.properties.lookBack());
	}

	private static void detect(String what, Supplier<List<Long>> detection, List<Long> written) {
		try {
			written.addAll(detection.get());
		}
		catch (RuntimeException ex) {
			logger.warn("Alerts: {} not checked: {}", what, ex.getMessage(), ex);
		}
	}

}
