package vn.kt1.batch.admin;

import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One job's parameters in one place: its name, the period it runs for, each parameter with
 * its type, whether it identifies the job instance, its default and its help text. The
 * command line ({@code kt1 run}, {@code kt1 backfill}), the schedules and the web console
 * all read it, so a new job is a change inside its own package: a bean implementing this.
 */
public interface JobDefinition {

	/** @return the job's bean name, e.g. {@code ingestJob} */
	String jobName();

	/** @return what the operator types: the name without {@code Job}, e.g. {@code ingest} */
	default String shortName() {
		String name = jobName();
		return name.endsWith("Job") ? name.substring(0, name.length() - 3) : name;
	}

	/** @return what it does, in Vietnamese, for the console */
	String label();

	/** @return the parameter naming the period a run is for, {@code null} when none */
	JobPeriod period();

	/** @return the parameters, identifying ones first */
	List<JobParameterSpec> parameters();

	/**
	 * Fill in what may be left out: defaults that depend on the day (yesterday) or on the
	 * other parameters (the year-end report's cut-off). A run from the command line, a
	 * schedule, a backfill or the console thus names the same job instance.
	 * @return the parameters given, with the missing defaults added
	 */
	default JobParameters complete(JobParameters given) {
		JobParametersBuilder builder = new JobParametersBuilder(given);
		boolean added = false;
		for (JobParameterSpec parameter : parameters()) {
			if (given.getParameter(parameter.name()) == null && parameter.fillsIn()) {
				Object value = parameter.defaultValue(given);
				if (value != null) {
					parameter.type().add(builder, parameter.name(), value, parameter.identifying());
					added = true;
				}
			}
		}
		return added ? builder.toJobParameters() : given;
	}

	/** @return the parameter of this name, or {@code null} */
	default JobParameterSpec parameter(String name) {
		return parameters().stream().filter((parameter) -> parameter.name().equals(name)).findFirst().orElse(null);
	}

	/** @return the job and its parameters, for help texts: {@code reconcile month=YYYY-MM [asOf=YYYY-MM-DD, default today]} */
	default String usage() {
		StringBuilder usage = new StringBuilder(shortName());
		for (JobParameterSpec parameter : parameters()) {
			String text = parameter.name() + "=" + parameter.type().placeholder()
					+ ((parameter.defaultText() != null) ? ", default " + parameter.defaultText() : "");
			usage.append(' ').append((parameter.required() && !parameter.fillsIn()) ? text : "[" + text + "]");
		}
		return usage.toString();
	}

}
