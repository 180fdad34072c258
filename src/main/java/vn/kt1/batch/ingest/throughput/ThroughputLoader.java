package vn.kt1.batch.ingest.throughput;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.FileLoader;
import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProgress;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.ingest.LoadDataStream;
import vn.kt1.batch.ingest.LoadOutcome;
import vn.kt1.batch.ingest.ReferenceLookup;
import vn.kt1.batch.ingest.RejectedRow;
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

	ThroughputLoader(JdbcTemplate jdbc, IngestFaults faults, Clock clock) {
		this.jdbc = jdbc;
		this.faults = faults;
		this.clock = clock;
	}

	@Override
	public InputKind kind() {
		return InputKind.THROUGHPUT;
	}

	@Override
	public LoadOutcome load(long fileId, Path file, IngestProgress progress) {
		ThroughputRowParser parser = new ThroughputRowParser(ReferenceLookup.load(this.jdbc),
				new PlausibleDates(LocalDate.now(this.clock)));
		String name = file.getFileName().toString();
		try (TabularReader reader = TabularReader.open(file, InputTemplates.THROUGHPUT)) {
			ThroughputBlocks blocks = new ThroughputBlocks(fileId, name, reader, parser, new ItemStateChecker(),
					progress, this.faults);
			LoadDataStream stream = new LoadDataStream(blocks);
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(stream);
					statement.execute(LOAD);
				}
				return null;
			});
			if (stream.failure() != null) {
				return LoadOutcome.refused(reason(stream.failure()));
			}
			List<RejectedRow> rejected = new ArrayList<>(blocks.rejected());
			StoredStateCheck.Result stored = new StoredStateCheck(this.jdbc).apply(fileId, blocks.eventTime());
			rejected.addAll(RawLines.rejected(file, name, stored.conflicts()));
			rejected.sort(Comparator.comparingLong((RejectedRow row) -> row.error().line()));
			return new LoadOutcome(blocks.rowsRead(), blocks.rowsEncoded() - stored.conflicts().size() - stored.known(),
					rejected, null, stored.known(), blocks.eventTime());
		}
		catch (TabularFormatException ex) {
			return LoadOutcome.refused(ex.getMessage());
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
