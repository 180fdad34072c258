package vn.kt1.batch.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleFilesTests {

	@TempDir
	Path jobs;

	@Test
	void theShippedNightlyScheduleRunsTheChainAt0130ForYesterday() {
		List<Schedule> schedules = ScheduleFiles.read(Path.of("jobs"));

		assertThat(schedules).extracting(Schedule::name)
			.containsExactly("department-report", "estimate", "nightly", "year-end-report");
		Schedule nightly = schedules.get(2);
		assertThat(nightly.name()).isEqualTo("nightly");
		assertThat(nightly.file()).isEqualTo(Path.of("jobs", "nightly", "schedule.yml").toString());
		assertThat(nightly.chain()).isEqualTo("nightly");
		assertThat(nightly.job()).isNull();
		assertThat(nightly.cron()).isEqualTo("0 30 1 * * ?");
		assertThat(nightly.timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(nightly.misfire()).isEqualTo(Misfire.FIRE_ONCE_NOW);
		JobParameters parameters = nightly.jobParameters(LocalDate.of(2026, 11, 23));
		assertThat(parameters.getParameter("businessDate").value()).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(parameters.getParameter("businessDate").identifying()).isTrue();
		assertThat(schedules.get(1).jobParameters(LocalDate.of(2027, 6, 15)).getParameter("year").value())
			.isEqualTo(2028L);
		assertThat(schedules.get(3).jobParameters(LocalDate.of(2026, 12, 1)).getParameter("year").value())
			.isEqualTo(2026L);
		assertThat(schedules.get(0).jobParameters(LocalDate.of(2027, 1, 5)).getString("to")).isEqualTo("2026-12");
		assertThat(schedules.get(0).jobParameters(LocalDate.of(2026, 7, 5)).getString("to")).isEqualTo("2026-06");
	}

	@Test
	void templatesGiveDatesMonthsAndYears() throws IOException {
		write("year-end-report", "name: year-end-report\njob: yearEndReportJob\ncron: \"0 0 2 1 12 ?\"\n"
				+ "misfire: DO_NOTHING\nparameters:\n  year: this year\n  month: Last  Month\n  next: next year\n"
				+ "  day: today\n");

		Schedule schedule = ScheduleFiles.read(this.jobs).get(0);
		JobParameters parameters = schedule.jobParameters(LocalDate.of(2026, 1, 15));

		assertThat(schedule.timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(schedule.misfire()).isEqualTo(Misfire.DO_NOTHING);
		assertThat(parameters.getParameter("year").value()).isEqualTo(2026L);
		assertThat(parameters.getParameter("month").value()).isEqualTo("2025-12");
		assertThat(parameters.getParameter("next").value()).isEqualTo(2027L);
		assertThat(parameters.getParameter("day").value()).isEqualTo(LocalDate.of(2026, 1, 15));
	}

	@Test
	void eachMistakeIsOneLineNamingTheFile() throws IOException {
		String file = this.jobs.resolve("x").resolve("schedule.yml").toString();
		assertRefused("job: ingestJob\ncron: \"0 30 25 * * ?\"\nmisfire: FIRE_ONCE_NOW\n",
				file + ": malformed cron '0 30 25 * * ?': ");
		assertRefused("job: ingestJob\ncron: \"0 30 1 * *\"\nmisfire: FIRE_ONCE_NOW\n",
				file + ": malformed cron '0 30 1 * *': ");
		assertRefused("job: ingestJob\ncron: \"0 30 1 * * ?\"\nmisfire: FIRE_ONCE_NOW\nparameters:\n"
				+ "  businessDate: yesterdy\n", file + ": parameter businessDate: unknown template 'yesterdy' "
						+ "(templates: today, yesterday, this month, last month, this year, last year, next year)");
		assertRefused("job: ingestJob\ncron: \"0 30 1 * * ?\"\n", file + ": misfire is missing (FIRE_ONCE_NOW, DO_NOTHING)");
		assertRefused("job: ingestJob\ncron: \"0 30 1 * * ?\"\nmisfire: SMART\n",
				file + ": unknown misfire instruction 'SMART' (FIRE_ONCE_NOW, DO_NOTHING)");
		assertRefused("job: ingestJob\nchain: nightly\ncron: \"0 30 1 * * ?\"\nmisfire: DO_NOTHING\n",
				file + ": give either job or chain");
		assertRefused("job: ingestJob\ncron: \"0 30 1 * * ?\"\nmisfire: DO_NOTHING\ntimezone: UTC\n",
				file + ": unknown key 'timezone' (keys: chain, cron, description, job, misfire, name, parameters, "
						+ "time-zone)");
		assertRefused("job: ingestJob\ncron: \"0 30 1 * * ?\"\nmisfire: DO_NOTHING\ntime-zone: Asia/Hanoi\n",
				file + ": unknown time zone 'Asia/Hanoi'");
		assertRefused("job: [ingestJob\n", file + ": not valid YAML: ");
	}

	@Test
	void twoSchedulesOfOneNameAreRefused() throws IOException {
		write("a", "name: nightly\njob: ingestJob\ncron: \"0 30 1 * * ?\"\nmisfire: DO_NOTHING\n");
		write("b", "name: nightly\njob: ingestJob\ncron: \"0 30 2 * * ?\"\nmisfire: DO_NOTHING\n");

		assertThatThrownBy(() -> ScheduleFiles.read(this.jobs)).isInstanceOf(ScheduleFileException.class)
			.hasMessage(this.jobs.resolve("b/schedule.yml") + ": schedule name 'nightly' is already used by "
					+ this.jobs.resolve("a/schedule.yml"));
	}

	@Test
	void aMissingJobsDirectoryIsNamed() {
		assertThatThrownBy(() -> ScheduleFiles.read(this.jobs.resolve("none"))).isInstanceOf(ScheduleFileException.class)
			.hasMessage("jobs directory " + this.jobs.resolve("none") + " does not exist (setting kt1.jobs-dir)");
	}

	@Test
	void foldersWithoutAScheduleAreNotSchedules() throws IOException {
		Files.createDirectories(this.jobs.resolve("ingest/sample"));
		write("nightly", "chain: nightly\ncron: \"0 30 1 * * ?\"\nmisfire: FIRE_ONCE_NOW\n");

		assertThat(ScheduleFiles.read(this.jobs)).extracting(Schedule::name).containsExactly("nightly");
	}

	private void assertRefused(String yaml, String messageStart) throws IOException {
		write("x", yaml);
		assertThatThrownBy(() -> ScheduleFiles.read(this.jobs)).isInstanceOf(ScheduleFileException.class)
			.hasMessageStartingWith(messageStart)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	private void write(String folder, String yaml) throws IOException {
		Path file = this.jobs.resolve(folder).resolve("schedule.yml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, yaml);
	}

}
