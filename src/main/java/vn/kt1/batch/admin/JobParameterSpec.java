package vn.kt1.batch.admin;

import java.util.function.Function;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * One parameter of a job.
 *
 * @param name the parameter's name, e.g. {@code businessDate}
 * @param type how its value is written and stored
 * @param identifying whether it names the job instance (else a setting of one run)
 * @param required whether a run needs it (a default that fills it in counts as given)
 * @param label what it is and its default, in Vietnamese, for the console's forms
 * @param help what it means and its default, in English, for the command line
 * @param defaultText the default in words, {@code null} when none
 * @param defaults the default, computed from the other parameters when it is filled in
 * before the run ({@code null}: the job itself applies the default, e.g. today)
 */
public record JobParameterSpec(String name, JobParameterType type, boolean identifying, boolean required,
		String label, String help, String defaultText, Function<JobParameters, Object> defaults) {

	/** @return an identifying parameter that must be given */
	public static JobParameterSpec identifying(String name, JobParameterType type, String label, String help) {
		return new JobParameterSpec(name, type, true, true, label, help, null, null);
	}

	/** @return a setting of one run, with a default applied by the job (or none) */
	public static JobParameterSpec setting(String name, JobParameterType type, String label, String help,
			String defaultText) {
		return new JobParameterSpec(name, type, false, false, label, help, defaultText, null);
	}

	/** @return the same parameter, filled in before the run with this default */
	public JobParameterSpec filledIn(String text, Function<JobParameters, Object> value) {
		return new JobParameterSpec(this.name, this.type, this.identifying, this.required, this.label, this.help, text,
				value);
	}

	/** @return whether a missing value is filled in before the run */
	public boolean fillsIn() {
		return this.defaults != null;
	}

	Object defaultValue(JobParameters given) {
		return this.defaults.apply(given);
	}

}
