package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.kt1.batch.ingest.throughput.ThroughputTimes;
import vn.kt1.batch.shared.input.ContentHash;
import vn.kt1.batch.shared.input.PlausibleDates;

/**
 * Step 1 of ingest: gives every entry of the inbox a state. A complete file is registered,
 * recognised by its content hash (content loaded before, under any name, is a duplicate);
 * a file still being written is listed as waiting; a link or an unreadable entry is refused
 * with its reason. When several throughput files wait, each gets its time (the latest
 * date-time in it), the order in which they are loaded.
 */
class RegisterFilesTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(RegisterFilesTasklet.class);

	private final FileRegistry registry;

	private final InboxWaiting waiting;

	private final IngestProperties properties;

	private final Clock clock;

	RegisterFilesTasklet(FileRegistry registry, InboxWaiting waiting, IngestProperties properties, Clock clock) {
		this.registry = registry;
		this.waiting = waiting;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		LocalDate businessDate = context.getStepContext()
			.getStepExecution()
			.getJobParameters()
			.getLocalDate(IngestJobConfiguration.BUSINESS_DATE);
		long executionId = context.getStepContext().getStepExecution().getJobExecutionId();
		Instant now = this.clock.instant();
		List<InboxEntry> waitingNow = new ArrayList<>();
		for (InputKind kind : InputKind.values()) {
			Path folder = this.properties.inbox().resolve(kind.folder());
			for (InboxEntry entry : InboxScanner.scan(kind, folder, this.properties.quietPeriod(), now)) {
				if (this.registry.isRegisteredInPlace(entry.path())) {
					continue;
				}
				switch (entry.state()) {
					case WAITING -> waitingNow.add(entry);
					case REFUSED -> this.registry.registerRefused(entry, businessDate, executionId);
					case TAKEN -> register(entry, businessDate, executionId);
				}
				contribution.incrementWriteCount((entry.state() == InboxEntry.State.WAITING) ? 0 : 1);
			}
		}
		this.waiting.replace(waitingNow, executionId, now);
		timeThroughputFiles(LocalDate.now(this.clock));
		return RepeatStatus.FINISHED;
	}

	private void register(InboxEntry entry, LocalDate businessDate, long executionId) {
		Path path = entry.path();
		String originalName = null;
		try {
			if (!ReadableNames.roundTrips(path)) {
				originalName = path.getFileName().toString();
				path = ReadableNames.rename(path, executionId * 100_000 + (System.nanoTime() % 100_000));
				logger.warn("Renamed {} to {}: its name cannot be read back in this system's encoding", originalName,
						path.getFileName());
			}
			String sha256 = ContentHash.sha256(path);
			Optional<InputFile> owner = this.registry.findByContent(sha256);
			this.registry.register(entry, path, sha256, businessDate, executionId, owner.orElse(null), originalName);
		}
		catch (UncheckedIOException | IOException ex) {
			Throwable cause = (ex instanceof UncheckedIOException unchecked) ? unchecked.getCause() : ex;
			if (cause instanceof NoSuchFileException) {
				return;
			}
			this.registry.registerRefused(new InboxEntry(entry.kind(), path, InboxEntry.State.REFUSED,
					"cannot be read (" + cause.getMessage() + "); check its permissions and send it again",
					entry.size(), entry.modified()), businessDate, executionId);
		}
	}

	/**
	 * Read the time of every throughput file waiting, when there is an order to decide; the
	 * files are read on as many threads as there are cores (the database waits meanwhile).
	 */
	private void timeThroughputFiles(LocalDate runDay) {
		List<InputFile> pending = this.registry.pendingThroughput()
			.stream()
			.filter((file) -> file.eventTime() == null)
			.toList();
		if (this.registry.pendingThroughput().size() < 2 || pending.isEmpty()) {
			return;
		}
		PlausibleDates plausible = new PlausibleDates(runDay);
		ExecutorService readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<Optional<LocalDateTime>>> times = new ArrayList<>();
			for (InputFile file : pending) {
				times.add(readers.submit(() -> ThroughputTimes.latest(file.path(), plausible)));
			}
			for (int i = 0; i < pending.size(); i++) {
				Optional<LocalDateTime> time = times.get(i).get();
				long id = pending.get(i).id();
				time.ifPresent((t) -> this.registry.eventTime(id, t));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading the files' times", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("cannot read a file's time: " + ex.getCause(), ex.getCause());
		}
		finally {
			readers.shutdownNow();
		}
	}

}
