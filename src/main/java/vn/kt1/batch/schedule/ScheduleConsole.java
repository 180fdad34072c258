package vn.kt1.batch.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executor;

import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.admin.LaunchException;
import vn.kt1.batch.shared.cli.CliException;

/**
 * The schedules for the web console: each with its next fire time and state; pause, resume
 * and trigger now, applied to Quartz's tables like {@code kt1 pause|resume|trigger} and
 * audited the same way.
 */
@Component
public class ScheduleConsole {

	private final ScheduleSync sync;

	private final ScheduleStore store;

	private final ScheduleCatalog catalog;

	private final ServeInstances instances;

	private final AdminAudit audit;

	ScheduleConsole(ScheduleSync sync, ScheduleStore store, ScheduleCatalog catalog, ServeInstances instances,
			AdminAudit audit) {
		this.sync = sync;
		this.store = store;
		this.catalog = catalog;
		this.instances = instances;
		this.audit = audit;
	}

	/** @return the schedules in Quartz's tables, by name */
	public List<Row> list() {
		return this.store.views().stream().map(Row::of).toList();
	}

	/** @return the live serve processes of the cluster */
	public List<String> serving() {
		return this.instances.alive();
	}

	public String pause(String name, String reason) {
		return act("pause", name, reason, (schedule) -> {
			this.store.pause(schedule.name());
			return "schedule " + schedule.name() + " paused";
		});
	}

	public String resume(String name, String reason) {
		return act("resume", name, reason, (schedule) -> {
			this.store.resume(schedule.name());
			return "schedule " + schedule.name() + " resumed (misfire " + schedule.misfire() + ")";
		});
	}

	/**
	 * Fire a schedule now: a live serve runs it; with none, it runs on {@code background}.
	 * @return what happened, in one line
	 */
	public String trigger(String name, String reason, Executor background) {
		return act("trigger", name, reason, (schedule) -> {
			List<String> serving = this.instances.alive();
			if (!serving.isEmpty()) {
				this.store.queue(schedule.name());
				return "schedule " + schedule.name() + " queued: serve (" + String.join(", ", serving) + ") runs it now";
			}
			Instant now = Instant.now();
			background.execute(() -> this.audit.audited("trigger", "schedule " + schedule.name(), reason, () -> {
				try {
					return "schedule " + schedule.name() + " ran: "
							+ String.join("; ", this.catalog.launchOf(schedule).run(schedule, schedule.day(now)));
				}
				catch (LaunchException ex) {
					throw new CliException("schedule " + schedule.name() + " failed: " + ex.getMessage());
				}
			}));
			return "schedule " + schedule.name() + " started in the console's process (no serve running)";
		});
	}

	private String act(String action, String name, String reason, java.util.function.Function<Schedule, String> act) {
		List<Schedule> schedules = this.sync.load();
		this.sync.apply(schedules);
		return this.audit.audited(action, "schedule " + name, reason,
				() -> act.apply(schedules.stream()
					.filter((schedule) -> schedule.name().equals(name))
					.findFirst()
					.orElseThrow(() -> new CliException("no schedule named '" + name + "'"))));
	}

	/**
	 * A schedule as the console shows it.
	 *
	 * @param name its name
	 * @param target what it runs: a job, or {@code chain nightly}
	 * @param cron its Quartz cron expression
	 * @param timeZone the cron's time zone
	 * @param misfire its misfire instruction
	 * @param parameters its parameters as templates, {@code name: template}
	 * @param nextFire the next fire time, {@code null} when none
	 * @param state {@code NORMAL}, {@code PAUSED}, {@code BLOCKED}, {@code ERROR}, {@code COMPLETE}
	 */
	public record Row(String name, String target, String cron, String timeZone, String misfire, List<String> parameters,
			ZonedDateTime nextFire, String state) {

		static Row of(ScheduleView view) {
			Schedule schedule = view.schedule();
			return new Row(schedule.name(), schedule.target(), schedule.cron(), schedule.timeZone().getId(),
					schedule.misfire().name(),
					schedule.parameters()
						.entrySet()
						.stream()
						.map((entry) -> entry.getKey() + ": " + entry.getValue().text())
						.toList(),
					(view.nextFire() != null) ? view.nextFire().toInstant().atZone(schedule.timeZone()) : null,
					view.state());
		}

		public boolean paused() {
			return "PAUSED".equals(this.state);
		}

	}

}
