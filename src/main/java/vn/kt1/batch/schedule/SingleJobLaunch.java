package vn.kt1.batch.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobDefinitions;
import vn.kt1.batch.admin.JobLaunches;
import vn.kt1.batch.admin.JobParameterSpec;
import vn.kt1.batch.admin.LaunchException;
import vn.kt1.batch.admin.PeriodRuns;

/**
 * A schedule that runs one job with its parameters: the period runs unless it completed
 * (a failed or stopped run is restarted, an abandoned one followed by a new attempt).
 */
@Component
class SingleJobLaunch implements ScheduledLaunch {

	private final JobLaunches launches;

	private final PeriodRuns periodRuns;

	private final JobDefinitions definitions;

	SingleJobLaunch(JobLaunches launches, PeriodRuns periodRuns, JobDefinitions definitions) {
		this.launches = launches;
		this.periodRuns = periodRuns;
		this.definitions = definitions;
	}

	@Override
	public void check(Schedule schedule) {
		Job job = this.launches.find(schedule.job())
			.orElseThrow(() -> new ScheduleFileException(schedule.file() + ": job '" + schedule.job()
					+ "' does not exist (jobs: " + String.join(", ", this.launches.jobNames()) + ")"));
		this.definitions.find(job.getName()).ifPresent((definition) -> schedule.parameters().forEach((name, template) -> {
			JobParameterSpec parameter = definition.parameter(name);
			if (parameter == null || !template.fits(parameter.type())) {
				throw new ScheduleFileException(schedule.file() + ": " + job.getName() + " refuses the parameters: "
						+ name + ": " + template.text() + " (it takes " + definition.usage() + ")");
			}
		}));
		try {
			job.getJobParametersValidator()
				.validate(this.launches.complete(job, schedule.jobParameters(LocalDate.now(schedule.timeZone()))));
		}
		catch (InvalidJobParametersException ex) {
			throw new ScheduleFileException(schedule.file() + ": " + job.getName() + " refuses the parameters: "
					+ ex.getMessage());
		}
	}

	@Override
	public List<String> run(Schedule schedule, LocalDate day) {
		Job job = this.launches.find(schedule.job())
			.orElseThrow(() -> new LaunchException("job '" + schedule.job() + "' does not exist"));
		return List.of(this.periodRuns.complete(job, schedule.jobParameters(day), (attempt) -> true).line());
	}

	@Override
	public Class<? extends org.quartz.Job> quartzJob() {
		return SingleJobQuartzJob.class;
	}

}
