package vn.kt1.batch.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A schedule, as a file {@code jobs/<job>/schedule.yml} declares it: what runs (one job,
 * or a chain of jobs), when (a Quartz cron expression in a time zone), what to do about
 * missed fire times, and the job parameters as templates resolved at fire time.
 *
 * @param name the schedule's name, unique (the Quartz job and trigger name)
 * @param file the file it was read from, as shown in messages
 * @param job the job it runs, or {@code null} for a chain
 * @param chain the chain it runs, or {@code null} for a job
 * @param cron the Quartz cron expression
 * @param timeZone the time zone of the cron expression and of the parameter templates
 * @param misfire the misfire instruction
 * @param parameters the job parameters, each a template
 */
record Schedule(String name, String file, String job, String chain, String cron, ZoneId timeZone, Misfire misfire,
		Map<String, ParameterTemplate> parameters) {

	Schedule {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** @return what it runs: the job's name, or {@code chain NAME} */
	String target() {
		return (this.job != null) ? this.job : "chain " + this.chain;
	}

	/**
	 * @param firedAt when a run fired
	 * @return the day the run belongs to: the date, in the schedule's time zone, of the
	 * latest regular fire time at or before {@code firedAt} ({@link CronFireTimes})
	 */
	LocalDate day(Instant firedAt) {
		return CronFireTimes.latestAtOrBefore(this.cron, this.timeZone, firedAt).atZone(this.timeZone).toLocalDate();
	}

	/** @return the identifying job parameters of the run for this day */
	JobParameters jobParameters(LocalDate day) {
		JobParametersBuilder builder = new JobParametersBuilder();
		this.parameters.forEach((name, template) -> template.addTo(builder, name, day));
		return builder.toJobParameters();
	}

}
