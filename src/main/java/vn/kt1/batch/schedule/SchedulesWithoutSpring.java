package vn.kt1.batch.schedule;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.util.StringUtils;

/**
 * {@code kt1 schedules} on a running database without the application, when it has nothing
 * to apply: the schedule files say what the Quartz tables hold already (a {@code kt1 serve}
 * applied them at its start). Then it prints what {@link SchedulesCommand} prints, read
 * through a Quartz scheduler of the configured name and properties ({@code spring.quartz.*})
 * on Quartz's JDBC store of this database, never started. The files are not checked against
 * the jobs again here ({@link ScheduleCatalog} needs the application): what they say was
 * checked when it was applied.
 */
public final class SchedulesWithoutSpring {

	private static final AtomicInteger CONNECTIONS = new AtomicInteger();

	private SchedulesWithoutSpring() {
	}

	/**
	 * @param configuration the application's configuration
	 * @param dataSource the running database
	 * @param out standard output
	 * @return whether the schedules were printed; {@code false} when the files cannot be read
	 * or differ from the stored schedules: only the application can check and apply them
	 */
	public static boolean answer(Binder configuration, DataSource dataSource, PrintWriter out) {
		List<Schedule> files;
		try {
			files = ScheduleFiles.read(configuration.bindOrCreate("kt1", SchedulingProperties.class).jobsDir());
		}
		catch (ScheduleFileException ex) {
			return false;
		}
		JdbcTransactionManager transactionManager = new JdbcTransactionManager(dataSource);
		Scheduler scheduler = quartz(configuration.bindOrCreate("spring.quartz", QuartzProperties.class), dataSource);
		try {
			// the catalog checks and applies files; reading needs none
			ScheduleStore store = new ScheduleStore(scheduler, transactionManager, null);
			if (!store.holds(files)) {
				return false;
			}
			SchedulesCommand.print(out, store.views(),
					new ServeInstances(new JdbcTemplate(dataSource), scheduler).alive());
			return true;
		}
		finally {
			shutDown(scheduler);
		}
	}

	private static void shutDown(Scheduler scheduler) {
		try {
			scheduler.shutdown();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Quartz: " + ex.getMessage(), ex);
		}
	}

	/**
	 * @return a scheduler of the configured name and properties, on Quartz's JDBC store
	 * (each call on a data source of its own name: Spring's store would register the
	 * scheduler's name for this data source in the process, where a context may have one)
	 */
	private static Scheduler quartz(QuartzProperties properties, DataSource dataSource) {
		String connections = "kt1-schedules-" + CONNECTIONS.incrementAndGet();
		DBConnectionManager.getInstance().addConnectionProvider(connections, new ConnectionProvider() {

			@Override
			public Connection getConnection() throws SQLException {
				return dataSource.getConnection();
			}

			@Override
			public void shutdown() {
			}

			@Override
			public void initialize() {
			}

		});
		Properties quartz = new Properties();
		quartz.putAll(properties.getProperties());
		if (StringUtils.hasText(properties.getSchedulerName())) {
			quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, properties.getSchedulerName());
		}
		quartz.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
		quartz.setProperty(StdSchedulerFactory.PROP_JOB_STORE_PREFIX + ".dataSource", connections);
		try {
			return new StdSchedulerFactory(quartz).getScheduler();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Quartz: " + ex.getMessage(), ex);
		}
	}

}
