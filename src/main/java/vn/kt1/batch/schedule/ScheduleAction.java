package vn.kt1.batch.schedule;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.shared.cli.CliException;

/**
 * An administrative action on one schedule, by name: applies the schedule files, finds the
 * schedule, acts, prints and audits the outcome; a refusal is one line and a non-zero exit.
 */
abstract class ScheduleAction implements Callable<Integer> {

	final ScheduleStore store;

	private final ScheduleSync sync;

	private final AdminAudit audit;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name (see kt1 schedules)")
	String name;

	ScheduleAction(ScheduleSync sync, ScheduleStore store, AdminAudit audit) {
		this.sync = sync;
		this.store = store;
		this.audit = audit;
	}

	@Override
	public Integer call() {
		List<Schedule> schedules = this.sync.load();
		this.sync.apply(schedules);
		String result = this.audit.audited(this.spec.name(), "schedule " + this.name, null,
				() -> act(schedules.stream()
					.filter((schedule) -> schedule.name().equals(this.name))
					.findFirst()
					.orElseThrow(() -> new CliException("no schedule named '" + this.name + "'; schedules: "
							+ String.join(", ", schedules.stream().map(Schedule::name).toList())))));
		this.spec.commandLine().getOut().println(result);
		return 0;
	}

	/** @return what happened, in one line */
	abstract String act(Schedule schedule);

}
