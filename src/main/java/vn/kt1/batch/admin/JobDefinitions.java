package vn.kt1.batch.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

/** Every job's {@link JobDefinition}, found by the job's name or short name. */
@Component
public class JobDefinitions {

	private final Map<String, JobDefinition> byName;

	JobDefinitions(List<JobDefinition> definitions) {
		this.byName = definitions.stream()
			.collect(Collectors.toMap(JobDefinition::jobName, (definition) -> definition));
	}

	/** @return the definition of this job ({@code ingest} or {@code ingestJob}), if any */
	public Optional<JobDefinition> find(String name) {
		return Optional.ofNullable(this.byName.get(name.endsWith("Job") ? name : name + "Job"));
	}

	/** @return every definition, by job name */
	public List<JobDefinition> all() {
		return this.byName.values().stream().sorted(Comparator.comparing(JobDefinition::jobName)).toList();
	}

	/** @return the parameters with the job's defaults filled in (none when it has no definition) */
	public JobParameters complete(String jobName, JobParameters given) {
		return find(jobName).map((definition) -> definition.complete(given)).orElse(given);
	}

	/**
	 * Read parameters written {@code name=value}, each typed and marked identifying by the
	 * job's definition.
	 * @throws IllegalArgumentException for an unknown parameter or a malformed value
	 */
	public static JobParameters parse(JobDefinition definition, Map<String, String> values) {
		JobParametersBuilder builder = new JobParametersBuilder();
		values.forEach((name, text) -> {
			JobParameterSpec parameter = definition.parameter(name);
			if (parameter == null) {
				throw new IllegalArgumentException(definition.jobName() + " has no parameter '" + name
						+ "'; parameters: " + definition.parameters()
							.stream()
							.map(JobParameterSpec::name)
							.collect(Collectors.joining(", ")));
			}
			if (text != null && !text.isBlank()) {
				parameter.type().add(builder, name, parameter.type().parse(name, text), parameter.identifying());
			}
		});
		return builder.toJobParameters();
	}

	/** @return the parameters that are required but missing after the defaults were filled in */
	public static List<String> missing(JobDefinition definition, JobParameters completed) {
		return definition.parameters()
			.stream()
			.filter((parameter) -> parameter.required() && completed.getParameter(parameter.name()) == null)
			.map(JobParameterSpec::name)
			.toList();
	}

}
