package vn.kt1.batch.ingest.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.FileLoader;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProgress;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.ingest.LoadDataStream;
import vn.kt1.batch.ingest.LoadOutcome;
import vn.kt1.batch.ingest.ReferenceLookup;
import vn.kt1.batch.ingest.ReferenceLookups;
import vn.kt1.batch.ingest.RejectedRows;
import vn.kt1.batch.shared.input.PlausibleDates;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;

/**
 * Loads a throughput file by streaming its checked rows into {@code LOAD DATA LOCAL INFILE}
 * on the transaction's connection, then checks them against earlier files in the database:
 * the rows become visible when that transaction commits.
 */
@Component
class ThroughputLoader implements FileLoader {

	private static final String LOAD = "LOAD DATA LOCAL INFILE 'throughput.tsv' INTO TABLE item_event "
			+ "CHARACTER SET utf8mb4 (file_id, line, barcode, status, status_rank, accepted_at, post_office_code, "
			+ "sender_code, receiver_code, urgency, secrecy, item_type, weight_g, fee_vnd, due_at, delivered_at, "
			+ "sender_eligible)";

	private final JdbcTemplate jdbc;

	private final IngestFaults faults;

	private final Clock clock;

	private final ReferenceLookups references;

	private final IngestProperties properties;

	ThroughputLoader(JdbcTemplate jdbc, IngestFaults faults, Clock clock, ReferenceLookups references,
			IngestProperties properties) {
		this.jdbc = jdbc;
		this.faults = faults;
		this.clock = clock;
		this.references = references;
		this.properties = properties;
	}

	@Override
	public InputKind kind() {
		return InputKind.THROUGHPUT;
	}

	@Override
	public LoadOutcome load(long fileId, Path file, IngestProgress progress) {
		ThroughputRowParser parser = new ThroughputRowParser(this.references.current(),
				new PlausibleDates(LocalDate.now(this.clock)));
		String name = file.getFileName().toString();
		try (TabularReader reader = TabularReader.open(file, InputTemplates.THROUGHPUT)) {
			ItemStateChecker checker = new ItemStateChecker(expectedItems(file), ItemStateChecker.MAX_ITEMS);
			ThroughputBlocks blocks = new ThroughputBlocks(fileId, name, reader, parser, checker,
					progress, this.faults);
			LoadDataStream stream = new LoadDataStream(blocks);
			try (stream) {
				this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
					try (Statement statement = connection.createStatement()) {
						statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(stream);
						statement.execute(LOAD);
					}
					return null;
				});
			}
			RejectedRows rejected = blocks.rejected();
			if (stream.failure() != null) {
				rejected.close();
				return LoadOutcome.refused(reason(stream.failure()));
			}
			long limit = (long) (this.properties.rejectThreshold() * blocks.rowsRead()) + 1;
			List<StoredStateCheck.Conflict> inFile = checker.overflowed() ? new InFileCheck(this.jdbc).apply(fileId, limit)
					: List.of();
			StoredStateCheck.Result stored = new StoredStateCheck(this.jdbc).apply(fileId, blocks.eventTime(), limit);
			if (stored.beyondLimit() || inFile.size() > limit) {
				rejected.close();
				return LoadOutcome.refused(String.format(Locale.ROOT, "more than %,d of its %,d rows conflict with "
						+ "the items stored from earlier files (more than the %.1f%% allowed): nothing from this file "
						+ "was loaded; first: %s", limit - 1, blocks.rowsRead(), 100 * this.properties.rejectThreshold(),
						(inFile.isEmpty() ? stored.conflicts() : inFile).get(0).reason()));
			}
			List<StoredStateCheck.Conflict> conflicts = new ArrayList<>(inFile);
			conflicts.addAll(stored.conflicts());
			RawLines.rejected(file, name, conflicts).forEach(rejected::add);
			return new LoadOutcome(blocks.rowsRead(), blocks.rowsEncoded() - conflicts.size() - stored.known(),
					rejected, null, stored.known(), blocks.eventTime());
		}
		catch (TabularFormatException ex) {
			return LoadOutcome.refused(ex.getMessage());
		}
	}

	/** @return about how many items a file holds: a throughput row takes about a hundred bytes */
	private static int expectedItems(Path file) {
		try {
			return (int) Math.min(Integer.MAX_VALUE, Files.size(file) / 100);
		}
		catch (IOException ex) {
			return 1 << 12;
		}
	}

	private static String reason(Exception failure) {
		if (failure instanceof TabularFormatException format) {
			return format.getMessage();
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		throw new IllegalStateException("Loading stopped: " + failure.getMessage(), failure);
	}

	@Override
	public void discard(long fileId) {
		this.jdbc.update("DELETE FROM item_event WHERE file_id = ?", fileId);
	}

}
