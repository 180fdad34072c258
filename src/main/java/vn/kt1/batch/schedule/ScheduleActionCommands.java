package vn.kt1.batch.schedule;

import java.time.Instant;
import java.util.List;

import picocli.CommandLine.Command;

import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.admin.LaunchException;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/** {@code kt1 pause|resume|trigger NAME}: act on one schedule, with or without serve running. */
final class ScheduleActionCommands {

	private ScheduleActionCommands() {
	}

	@Component
	@Command(name = "pause", mixinStandardHelpOptions = true,
			description = "Pause a schedule: its trigger stops firing until resumed.")
	static class Pause extends ScheduleAction implements CliCommand {

		Pause(ScheduleSync sync, ScheduleStore store, AdminAudit audit) {
			super(sync, store, audit);
		}

		@Override
		String act(Schedule schedule) {
			this.store.pause(schedule.name());
			return "schedule " + schedule.name() + " paused";
		}

	}

	@Component
	@Command(name = "resume", mixinStandardHelpOptions = true,
			description = "Resume a paused schedule; fire times missed meanwhile follow its misfire instruction.")
	static class Resume extends ScheduleAction implements CliCommand {

		Resume(ScheduleSync sync, ScheduleStore store, AdminAudit audit) {
			super(sync, store, audit);
		}

		@Override
		String act(Schedule schedule) {
			this.store.resume(schedule.name());
			return "schedule " + schedule.name() + " resumed (misfire " + schedule.misfire() + ")";
		}

	}

	@Component
	@Command(name = "trigger", mixinStandardHelpOptions = true,
			description = { "Fire a schedule now. With serve running, serve runs it; without, it runs in this process.",
					"Its parameters are those of its latest regular fire time (nightly at 10:00: yesterday's date)." })
	static class Trigger extends ScheduleAction implements CliCommand {

		private final ServeInstances instances;

		private final ScheduleCatalog catalog;

		Trigger(ScheduleSync sync, ScheduleStore store, AdminAudit audit, ServeInstances instances,
				ScheduleCatalog catalog) {
			super(sync, store, audit);
			this.instances = instances;
			this.catalog = catalog;
		}

		@Override
		String act(Schedule schedule) {
			List<String> serving = this.instances.alive();
			if (!serving.isEmpty()) {
				this.store.queue(schedule.name());
				return "schedule " + schedule.name() + " queued: serve (" + String.join(", ", serving)
						+ ") runs it now; follow it with kt1 executions";
			}
			try {
				List<String> lines = this.catalog.launchOf(schedule).run(schedule, schedule.day(Instant.now()));
				return "schedule " + schedule.name() + " ran in this process (no serve running): "
						+ String.join("; ", lines);
			}
			catch (LaunchException ex) {
				throw new CliException("schedule " + schedule.name() + " failed: " + ex.getMessage());
			}
		}

	}

}
