package vn.kt1.batch.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schedules serve starts with are checked against the application: a schedule for a
 * job that does not exist (yet), or whose parameters the job refuses, stops serve at
 * start-up with a line naming the file.
 */
@Kt1IntegrationTest
class ScheduleCatalogIntegrationTests {

	@TempDir
	Path jobs;

	@Autowired
	private SingleJobLaunch singleJob;

	@Autowired
	private NightlyChain nightlyChain;

	@Test
	void aScheduleOfAJobThatDoesNotExistIsRefusedNamingTheFileAndTheJob() throws IOException {
		Path file = write("forecast", "job: forecastJob\ncron: \"0 0 2 15 6 ?\"\nmisfire: FIRE_ONCE_NOW\n"
				+ "parameters:\n  year: next year\n");

		assertThatThrownBy(this::load).isInstanceOf(ScheduleFileException.class)
			.hasMessageStartingWith(file + ": job 'forecastJob' does not exist (jobs: ")
			.hasMessageContaining("ingestJob, reconcileJob");
	}

	@Test
	void parametersTheJobRefusesAreRefusedAtStartUp() throws IOException {
		Path file = write("reconcile", "job: reconcileJob\ncron: \"0 0 3 * * ?\"\nmisfire: DO_NOTHING\n"
				+ "parameters:\n  day: yesterday\n");

		assertThatThrownBy(this::load).isInstanceOf(ScheduleFileException.class)
			.hasMessageStartingWith(file + ": reconcileJob refuses the parameters: ");
	}

	@Test
	void theChainMustBeKnownAndTakeItsDay() throws IOException {
		Path file = write("weekly", "chain: weekly\ncron: \"0 0 3 ? * MON\"\nmisfire: DO_NOTHING\n");
		assertThatThrownBy(this::load).hasMessage(file + ": unknown chain 'weekly' (chains: nightly)");

		write("weekly", "chain: nightly\ncron: \"0 0 3 ? * MON\"\nmisfire: DO_NOTHING\nparameters:\n"
				+ "  businessDate: last month\n");
		assertThatThrownBy(this::load)
			.hasMessage(file + ": chain nightly takes one parameter, businessDate: yesterday or today");
	}

	@Test
	void aScheduleOfAnExistingJobLoads() throws IOException {
		write("reconcile", "job: reconcileJob\ncron: \"0 0 3 * * ?\"\nmisfire: DO_NOTHING\n"
				+ "parameters:\n  month: last month\n");

		assertThat(load()).extracting(Schedule::target).containsExactly("reconcileJob");
	}

	private java.util.List<Schedule> load() {
		return new ScheduleCatalog(new SchedulingProperties(this.jobs, null), this.singleJob, this.nightlyChain).load();
	}

	private Path write(String folder, String yaml) throws IOException {
		Path file = this.jobs.resolve(folder).resolve("schedule.yml");
		Files.createDirectories(file.getParent());
		return Files.writeString(file, yaml);
	}

}
