package vn.kt1.batch.schedule;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * A schedule as Quartz keeps it: a durable job (group {@code kt1}, the schedule's name)
 * whose data holds the schedule, and a cron trigger of the same name with the schedule's
 * time zone and explicit misfire instruction.
 */
final class QuartzSchedules {

	static final String GROUP = "kt1";

	private QuartzSchedules() {
	}

	static JobKey jobKey(String name) {
		return JobKey.jobKey(name, GROUP);
	}

	static TriggerKey triggerKey(String name) {
		return TriggerKey.triggerKey(name, GROUP);
	}

	static JobDetail jobDetail(Schedule schedule, Class<? extends org.quartz.Job> quartzJob) {
		JobDataMap data = new JobDataMap();
		data.put("name", schedule.name());
		data.put("file", schedule.file());
		data.put("cron", schedule.cron());
		data.put("timeZone", schedule.timeZone().getId());
		data.put("misfire", schedule.misfire().name());
		if (schedule.job() != null) {
			data.put("job", schedule.job());
		}
		else {
			data.put("chain", schedule.chain());
		}
		StringBuilder parameters = new StringBuilder();
		schedule.parameters().forEach((name, template) -> parameters.append(name).append('=').append(template.text())
			.append('\n'));
		data.put("parameters", parameters.toString());
		return JobBuilder.newJob(quartzJob)
			.withIdentity(jobKey(schedule.name()))
			.withDescription(schedule.target() + " (" + schedule.file() + ")")
			.usingJobData(data)
			.storeDurably()
			.build();
	}

	static CronTrigger trigger(Schedule schedule) {
		CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(schedule.cron())
			.inTimeZone(TimeZone.getTimeZone(schedule.timeZone()));
		return TriggerBuilder.newTrigger()
			.withIdentity(triggerKey(schedule.name()))
			.forJob(jobKey(schedule.name()))
			.withDescription(schedule.file())
			.withSchedule(schedule.misfire().applyTo(cron))
			.build();
	}

	/** @return the schedule kept in a Quartz job's data */
	static Schedule schedule(JobDetail detail) {
		JobDataMap data = detail.getJobDataMap();
		Map<String, ParameterTemplate> parameters = new LinkedHashMap<>();
		data.getString("parameters").lines().filter((line) -> !line.isBlank()).forEach((line) -> {
			int equals = line.indexOf('=');
			parameters.put(line.substring(0, equals), ParameterTemplate.of(line.substring(equals + 1)).orElseThrow());
		});
		return new Schedule(data.getString("name"), data.getString("file"), data.getString("job"),
				data.getString("chain"), data.getString("cron"), ZoneId.of(data.getString("timeZone")),
				Misfire.valueOf(data.getString("misfire")), parameters);
	}

	/** @return whether a stored trigger fires as the schedule says (cron, time zone, misfire) */
	static boolean firesAs(CronTrigger trigger, Schedule schedule) {
		return trigger.getCronExpression().equals(schedule.cron())
				&& trigger.getTimeZone().getID().equals(schedule.timeZone().getId())
				&& trigger.getMisfireInstruction() == schedule.misfire().instruction();
	}

}
