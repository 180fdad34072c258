package vn.kt1.batch.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the next waiting file all or nothing, inside the caller's transaction: its rows and
 * its registry status commit together, or not at all. A file whose share of rejected rows
 * is above the threshold, or that cannot be read, loads nothing and says why.
 */
@Component
public class FileIngester {

	private static final Logger logger = LoggerFactory.getLogger(FileIngester.class);

	private final FileRegistry registry;

	private final RejectStore rejects;

	private final IngestProperties properties;

	private final Map<InputKind, FileLoader> loaders = new EnumMap<>(InputKind.class);

	FileIngester(FileRegistry registry, RejectStore rejects, IngestProperties properties, List<FileLoader> loaders) {
		this.registry = registry;
		this.rejects = rejects;
		this.properties = properties;
		loaders.forEach((loader) -> this.loaders.put(loader.kind(), loader));
	}

	/**
	 * @param console where to print progress, or {@code null}
	 * @return the file handled, or empty when none was waiting
	 */
	public Optional<InputFile> loadNext(PrintStream console) {
		Optional<InputFile> next = this.registry.nextPending();
		next.ifPresent((file) -> load(file, console));
		return next;
	}

	private void load(InputFile file, PrintStream console) {
		this.registry.started(file.id());
		FileLoader loader = this.loaders.get(file.kind());
		LoadOutcome outcome = Files.isRegularFile(file.path())
				? loader.load(file.id(), file.path(), progress(file, console))
				: LoadOutcome.refused("the file is no longer in the inbox: " + file.path());
		String failure = (outcome.failure() != null) ? outcome.failure() : tooManyRejected(outcome);
		this.rejects.save(file.id(), outcome.rejected());
		if (failure != null) {
			loader.discard(file.id());
			this.registry.finish(file.id(), "REFUSED", outcome, outcome.rejected().size(), failure);
			logger.warn("Refused {}: {}", file.path().getFileName(), failure);
		}
		else {
			String note = (outcome.rowsRead() == 0) ? "no data rows" : null;
			this.registry.finish(file.id(), "LOADED", outcome, outcome.rejected().size(), note);
			logger.info("Loaded {}: {} of {} rows, {} rejected", file.path().getFileName(), outcome.rowsLoaded(),
					outcome.rowsRead(), outcome.rejected().size());
		}
	}

	private IngestProgress progress(InputFile file, PrintStream console) {
		return new IngestProgress(file.path().getFileName().toString(), console);
	}

	private String tooManyRejected(LoadOutcome outcome) {
		long rejected = outcome.rejected().size();
		if (rejected == 0 || rejected <= this.properties.rejectThreshold() * outcome.rowsRead()) {
			return null;
		}
		return String.format(Locale.ROOT,
				"%d of %d rows rejected (%.1f%%), more than the %.1f%% allowed: nothing from this file was loaded; "
						+ "first: %s",
				rejected, outcome.rowsRead(), 100.0 * rejected / outcome.rowsRead(),
				100 * this.properties.rejectThreshold(), outcome.rejected().get(0).error());
	}

}
