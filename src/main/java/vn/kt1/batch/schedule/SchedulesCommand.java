package vn.kt1.batch.schedule;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;

/**
 * {@code kt1 schedules}: applies the schedule files, then lists each schedule with its
 * cron, time zone, misfire instruction, next fire time and state, and the live serve
 * processes.
 */
@Component
@Command(name = "schedules", mixinStandardHelpOptions = true,
		description = "Apply the schedule files (jobs/*/schedule.yml); list the schedules and their next fire time.")
class SchedulesCommand implements CliCommand, Callable<Integer> {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ScheduleSync sync;

	private final ScheduleStore store;

	private final ServeInstances instances;

	@Spec
	private CommandSpec spec;

	SchedulesCommand(ScheduleSync sync, ScheduleStore store, ServeInstances instances) {
		this.sync = sync;
		this.store = store;
		this.instances = instances;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		this.sync.apply(this.sync.load()).forEach((change) -> out.println("applied: " + change));
		print(out, this.store.views(), this.instances.alive());
		return 0;
	}

	/** Print the schedules as the Quartz tables hold them, and the live serve processes. */
	static void print(PrintWriter out, List<ScheduleView> views, List<String> alive) {
		out.printf("%-12s %-16s %-18s %-18s %-14s %-19s  %s%n", "NAME", "RUNS", "CRON", "TIME ZONE", "MISFIRE",
				"NEXT FIRE", "STATE");
		for (ScheduleView view : views) {
			Schedule schedule = view.schedule();
			out.printf("%-12s %-16s %-18s %-18s %-14s %-19s  %s%n", schedule.name(), schedule.target(), schedule.cron(),
					schedule.timeZone().getId(), schedule.misfire(),
					(view.nextFire() != null) ? TIME.format(view.nextFire().toInstant().atZone(schedule.timeZone()))
							: "-",
					view.state());
		}
		out.println(alive.isEmpty() ? "serve: not running (kt1 trigger NAME runs a schedule in its own process)"
				: "serve: running (" + String.join(", ", alive) + ")");
	}

}
