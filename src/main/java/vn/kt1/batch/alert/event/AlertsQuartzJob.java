package vn.kt1.batch.alert.event;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kt1.batch.alert.AlertSender;
import vn.kt1.batch.alert.Delivery;

/**
 * The alerts' round in {@code kt1 serve}, every {@code kt1.alerts.poll-interval}: events no
 * message told yet, once an hour the silent post offices and the deadlines, the digest once
 * its time has come, then the delivery of what is due. Never two rounds at once in the cluster;
 * the sender's claims keep any two processes from sending one message even so.
 */
@DisallowConcurrentExecution
class AlertsQuartzJob implements Job {

	private static final Logger logger = LoggerFactory.getLogger(AlertsQuartzJob.class);

	/** The hour of this process's last watch (silent post offices, deadlines). */
	private static final AtomicReference<LocalDateTime> lastWatch = new AtomicReference<>();

	private final AlertWatch watch;

	private final AlertSender sender;

	AlertsQuartzJob(AlertWatch watch, AlertSender sender) {
		this.watch = watch;
		this.sender = sender;
	}

	@Override
	public void execute(JobExecutionContext context) {
		LocalDateTime now = LocalDateTime.now();
		List<Long> written = new java.util.ArrayList<>(this.watch.poll());
		LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
		if (!hour.equals(lastWatch.getAndSet(hour))) {
			written.addAll(this.watch.watch(now));
		}
		this.watch.digestIfDue(ZonedDateTime.now()).ifPresent(written::add);
		if (!written.isEmpty()) {
			logger.info("Alerts written: {}", written);
		}
		List<Delivery> deliveries = this.sender.deliverDue();
		long sent = deliveries.stream().filter(Delivery::sent).count();
		if (!deliveries.isEmpty()) {
			logger.info("Alerts: {} sent, {} not sent ({})", sent, deliveries.size() - sent, deliveries);
		}
	}

}
