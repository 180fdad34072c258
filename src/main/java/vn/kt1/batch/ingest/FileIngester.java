package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the next group of waiting files, each all or nothing, inside the caller's
 * transaction: a file's rows and its registry status commit together, or not at all.
 * Small files are loaded in groups of up to {@value #GROUP_FILES} files or
 * {@value #GROUP_BYTES} bytes per transaction, since a commit per file (and its fsync) cost
 * more than loading a national province's day; a crash rolls back the group, and each of its
 * files then loads alone, so a file that stops the process costs only itself. Whatever a
 * file holds, it ends {@code LOADED} or {@code REFUSED} with its reason, and the run goes on
 * with the next file:
 * <ul>
 * <li>a file whose share of rejected rows is above the threshold, or that cannot be read,
 * loads nothing and says why;</li>
 * <li>a file that changed after it was taken (still being written) is refused, never half
 * loaded;</li>
 * <li>anything a loader throws rolls the file's rows back to a savepoint and refuses the
 * file with a one-line reason (the stack trace goes to the log), except a failure of the
 * database itself, which stops the run for a restart;</li>
 * <li>a file that stopped the process {@code maxLoadAttempts} times while it loaded (noted by
 * {@link LoadMarker}) is refused at its next start, so no file stops every night; after
 * stopping the process once it loads alone.</li>
 * </ul>
 */
@Component
public class FileIngester {

	private static final Logger logger = LoggerFactory.getLogger(FileIngester.class);

	static final int GROUP_FILES = 200;

	static final long GROUP_BYTES = 32L << 20;

	private final FileRegistry registry;

	private final RejectStore rejects;

	private final IngestProperties properties;

	private final Map<InputKind, FileLoader> loaders = new EnumMap<>(InputKind.class);

	private final TransactionTemplate savepoint;

	private final TransactionTemplate separately;

	private final LoadMarker marker;

	FileIngester(FileRegistry registry, RejectStore rejects, IngestProperties properties, List<FileLoader> loaders,
			PlatformTransactionManager transactionManager) {
		this.registry = registry;
		this.rejects = rejects;
		this.properties = properties;
		loaders.forEach((loader) -> this.loaders.put(loader.kind(), loader));
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.separately = new TransactionTemplate(transactionManager);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.marker = new LoadMarker(properties.inbox());
	}

	/**
	 * @param console where to print progress, or {@code null}
	 * @param stopAsked asked after each file but the group's last: when it answers yes, the
	 * group ends there, so a stop asked during a large group waits for one file, not the group
	 * @return how many files were handled: 0 when none was waiting
	 */
	public int loadGroup(PrintStream console, BooleanSupplier stopAsked) {
		OptionalLong stopped = this.marker.take();
		stopped.ifPresent((id) -> this.separately.executeWithoutResult((status) -> this.registry.crashed(id)));
		List<FileRegistry.PendingFile> group = group(this.registry.pending(GROUP_FILES));
		if (group.isEmpty()) {
			return 0;
		}
		this.separately.executeWithoutResult(
				(status) -> this.registry.attempt(group.stream().map((pending) -> pending.file().id()).toList()));
		int handled = 0;
		for (FileRegistry.PendingFile pending : group) {
			this.marker.loading(pending.file().id());
			load(pending.file(), pending.crashes(), console);
			handled++;
			if (handled < group.size() && stopAsked.getAsBoolean()) {
				break;
			}
		}
		return handled;
	}

	/**
	 * @return the files to load in one transaction: a file that stopped the process before,
	 * alone; otherwise the next files up to the group's size
	 */
	private static List<FileRegistry.PendingFile> group(List<FileRegistry.PendingFile> pending) {
		if (pending.isEmpty() || pending.get(0).crashes() > 0) {
			return pending.isEmpty() ? pending : pending.subList(0, 1);
		}
		long bytes = 0;
		int end = 0;
		while (end < pending.size() && pending.get(end).crashes() == 0
				&& (end == 0 || bytes + pending.get(end).file().size() <= GROUP_BYTES)) {
			bytes += pending.get(end).file().size();
			end++;
		}
		return pending.subList(0, end);
	}

	private void load(InputFile file, int crashes, PrintStream console) {
		this.registry.started(file.id());
		String refusal = (crashes >= this.properties.maxLoadAttempts())
				? "loading this file stopped the process " + crashes + " times; it is refused so that the other files "
						+ "load: see the log, correct the file and send it again"
				: changed(file, "after it was taken");
		if (refusal != null) {
			refuse(file, LoadOutcome.refused(refusal));
			return;
		}
		try {
			this.savepoint.executeWithoutResult((status) -> loadAndDecide(file, console));
		}
		catch (IngestFaults.Crash | DataAccessResourceFailureException | TransientDataAccessException
				| TransactionException ex) {
			throw ex;
		}
		catch (FileChangedException ex) {
			refuse(file, LoadOutcome.refused(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			logger.error("Loading {} failed; the file is refused", file.path(), ex);
			refuse(file, LoadOutcome.refused("could not be loaded: " + oneLine(ex)
					+ " (details in the log); correct the file and send it again"));
		}
	}

	private void loadAndDecide(InputFile file, PrintStream console) {
		FileLoader loader = this.loaders.get(file.kind());
		LoadOutcome outcome = loader.load(file.id(), file.path(), new IngestProgress(file.name(), console));
		try (RejectedRows rejected = outcome.rejected()) {
			decide(file, loader, outcome);
		}
	}

	private void decide(InputFile file, FileLoader loader, LoadOutcome outcome) {
		String changed = changed(file, "while it was being loaded");
		if (changed != null) {
			throw new FileChangedException(changed);
		}
		String failure = (outcome.failure() != null) ? outcome.failure() : tooManyRejected(outcome);
		if (failure != null) {
			loader.discard(file.id());
			refuse(file, new LoadOutcome(outcome.rowsRead(), 0, outcome.rejected(), failure, 0, outcome.eventTime()));
			return;
		}
		this.rejects.save(file.id(), outcome.rejected());
		String note = (outcome.rowsRead() == 0) ? "no data rows" : known(outcome);
		this.registry.finish(file.id(), "LOADED", outcome, note);
		logger.info("Loaded {}: {} of {} rows, {} rejected, {} already stored", file.name(), outcome.rowsLoaded(),
				outcome.rowsRead(), outcome.rejected().count(), outcome.rowsKnown());
	}

	private void refuse(InputFile file, LoadOutcome outcome) {
		this.rejects.save(file.id(), outcome.rejected());
		this.registry.finish(file.id(), "REFUSED", outcome, outcome.failure());
		logger.warn("Refused {}: {}", file.name(), outcome.failure());
	}

	/** @return how the file differs from when it was taken, or {@code null} when it is the same */
	private static String changed(InputFile file, String when) {
		Path path = file.path();
		try {
			if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				return "the file is no longer in the inbox (moved or deleted " + when + ")";
			}
			long size = Files.size(path);
			Instant modified = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
			boolean sameTime = file.modified() == null
					|| file.modified().equals(modified.truncatedTo(ChronoUnit.MICROS));
			if (size != file.size() || !sameTime) {
				return String.format(Locale.ROOT, "the file changed %s (%,d bytes then, %,d now): it was still "
						+ "being written; nothing of it was loaded; send it again once it is complete", when,
						file.size(), size);
			}
			return null;
		}
		catch (IOException ex) {
			return "the file cannot be read " + when + " (" + ex.getMessage() + ")";
		}
	}

	private String tooManyRejected(LoadOutcome outcome) {
		long rejected = outcome.rejected().count();
		if (rejected == 0 || rejected <= this.properties.rejectThreshold() * outcome.rowsRead()) {
			return null;
		}
		return String.format(Locale.ROOT,
				"%d of %d rows rejected (%.1f%%), more than the %.1f%% allowed: nothing from this file was loaded; "
						+ "first: %s",
				rejected, outcome.rowsRead(), 100.0 * rejected / outcome.rowsRead(),
				100 * this.properties.rejectThreshold(), outcome.rejected().first().error());
	}

	private static String known(LoadOutcome outcome) {
		if (outcome.rowsKnown() == 0) {
			return null;
		}
		return String.format(Locale.ROOT, "%,d of %,d rows were already stored from earlier files (the same state "
				+ "of the same item): not loaded twice", outcome.rowsKnown(), outcome.rowsRead());
	}

	private static String oneLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		String line = message.lines().findFirst().orElse(message);
		return (line.length() > 300) ? line.substring(0, 299) + "…" : line;
	}

	/** The file changed under the loader: its rows are rolled back and it is refused. */
	private static final class FileChangedException extends RuntimeException {

		FileChangedException(String message) {
			super(message, null, false, false);
		}

	}

}
