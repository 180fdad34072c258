package vn.kt1.batch.schedule;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.listeners.SchedulerListenerSupport;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.ExecutionOwners;
import vn.kt1.batch.admin.OrphanRecovery;
import vn.kt1.batch.shared.cli.CliCommand;

/**
 * {@code kt1 serve}: the long-running scheduler process. At start-up it checks the schedule
 * files, recovers the executions left running by dead processes (then restarts or abandons
 * them by {@code kt1.serve.recovery}), applies the schedules to Quartz's tables and starts
 * Quartz, clustered with any other serve on the same database. It prints one line and runs
 * until SIGTERM: then Quartz stands by, running jobs are asked to stop at their next
 * boundary ({@link vn.kt1.batch.admin.GracefulStop}) and Quartz shuts down once they have.
 */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Run the scheduler and the web console until SIGTERM; several serve processes on one database "
				+ "share the work.", "The console listens on server.port (default 8080) of server.address "
						+ "(default 127.0.0.1)." })
class ServeCommand implements CliCommand, Callable<Integer> {

	private final ScheduleSync sync;

	private final ScheduleStore store;

	private final OrphanRecovery recovery;

	private final ExecutionOwners owners;

	private final ServeInstances instances;

	private final Scheduler scheduler;

	private final SchedulingProperties properties;

	private final ApplicationContext context;

	@Spec
	private CommandSpec spec;

	@Option(names = "--no-web", description = "Run the scheduler only, without the web console")
	private boolean noWeb;

	ServeCommand(ApplicationContext context, ScheduleSync sync, ScheduleStore store, OrphanRecovery recovery, ExecutionOwners owners,
			ServeInstances instances, Scheduler scheduler, SchedulingProperties properties) {
		this.context = context;
		this.sync = sync;
		this.store = store;
		this.recovery = recovery;
		this.owners = owners;
		this.instances = instances;
		this.scheduler = scheduler;
		this.properties = properties;
	}

	@Override
	public Integer call() throws SchedulerException, InterruptedException {
		List<Schedule> schedules = this.sync.load();
		this.owners.register();
		List<String> recovered = this.recovery.recover(this.properties.serve().recovery());
		List<String> changes = this.sync.apply(schedules);
		String instance = this.store.instanceId();
		CountDownLatch shutdown = new CountDownLatch(1);
		this.scheduler.getListenerManager().addSchedulerListener(new SchedulerListenerSupport() {

			@Override
			public void schedulerShutdown() {
				try {
					ServeCommand.this.instances.forget(instance);
				}
				finally {
					shutdown.countDown();
				}
			}

		});
		this.scheduler.start();
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("kt1 serve: Quartz instance %s started (clustered); schedules: %s%s; recovery %s: %s%n", instance,
				nextFireTimes(), changes.isEmpty() ? "" : " (" + changes.size() + " changed)",
				this.properties.serve().recovery().name().toLowerCase(java.util.Locale.ROOT),
				recovered.isEmpty() ? "nothing left running" : String.join("; ", recovered));
		if (this.context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			out.printf("kt1 serve: web console on http://%s:%d/%n",
					this.context.getEnvironment().getProperty("server.address", "127.0.0.1"),
					web.getWebServer().getPort());
		}
		out.flush();
		shutdown.await();
		return 0;
	}

	private String nextFireTimes() {
		List<ScheduleView> views = this.store.views();
		if (views.isEmpty()) {
			return "none (no " + this.properties.jobsDir() + "/*/" + ScheduleFiles.FILE_NAME + ")";
		}
		return views.stream()
			.map((view) -> view.schedule().name() + " next "
					+ ((view.nextFire() != null) ? SchedulesCommand.TIME
						.format(view.nextFire().toInstant().atZone(view.schedule().timeZone())) : "-")
					+ ("PAUSED".equals(view.state()) ? " (paused)" : ""))
			.collect(Collectors.joining(", "));
	}

}
