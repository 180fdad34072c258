package vn.kt1.batch.schedule;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.kt1.batch.admin.RecoveryPolicy;

/**
 * Where the schedules are and how {@code kt1 serve} starts.
 *
 * @param jobsDir the folder of {@code <job>/schedule.yml} files ({@code kt1.jobs-dir})
 * @param serve the settings of {@code kt1 serve} ({@code kt1.serve.*})
 */
@ConfigurationProperties("kt1")
public record SchedulingProperties(Path jobsDir, Serve serve) {

	public SchedulingProperties {
		jobsDir = (jobsDir != null) ? jobsDir : Path.of("jobs");
		serve = (serve != null) ? serve : new Serve(null);
	}

	/**
	 * @param recovery what {@code serve} does at start-up with an execution left running by
	 * a process that is gone, once recovered: restart, abandon or none
	 */
	public record Serve(RecoveryPolicy recovery) {

		public Serve {
			recovery = (recovery != null) ? recovery : RecoveryPolicy.RESTART;
		}

	}

}
