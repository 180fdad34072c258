package vn.kt1.batch.ingest.throughput;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

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
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;

/**
 * Loads a throughput file by streaming its checked rows into {@code LOAD DATA LOCAL INFILE}
 * on the transaction's connection: the rows become visible when that transaction commits.
 */
@Component
class ThroughputLoader implements FileLoader {

	private static final String LOAD = "LOAD DATA LOCAL INFILE 'throughput.tsv' INTO TABLE item_event "
			+ "CHARACTER SET utf8mb4 (file_id, line, barcode, status, status_rank, accepted_at, post_office_code, "
			+ "sender_code, receiver_code, urgency, secrecy, item_type, weight_g, fee_vnd, due_at, delivered_at, "
			+ "sender_eligible)";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final IngestFaults faults;

	ThroughputLoader(JdbcTemplate jdbc, DataSource dataSource, IngestFaults faults) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.faults = faults;
	}

	@Override
	public InputKind kind() {
		return InputKind.THROUGHPUT;
	}

	@Override
	public LoadOutcome load(long fileId, Path file, IngestProgress progress) {
		ThroughputRowParser parser = new ThroughputRowParser(ReferenceLookup.load(this.jdbc));
		try (JdbcStoredItems stored = new JdbcStoredItems(this.dataSource);
				TabularReader reader = TabularReader.open(file, InputTemplates.THROUGHPUT)) {
			ThroughputBlocks blocks = new ThroughputBlocks(fileId, file.getFileName().toString(), reader, parser,
					new ItemStateChecker(stored), progress, this.faults);
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
			return new LoadOutcome(blocks.rowsRead(), blocks.rowsLoaded(), blocks.rejected(), null);
		}
		catch (TabularFormatException ex) {
			return LoadOutcome.refused(ex.getMessage());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read stored items: " + ex.getMessage(), ex);
		}
	}

	private static String reason(Exception failure) {
		if (failure instanceof TabularFormatException format) {
			return format.getMessage();
		}
		throw new IllegalStateException("Loading stopped: " + failure.getMessage(), failure);
	}

	@Override
	public void discard(long fileId) {
		this.jdbc.update("DELETE FROM item_event WHERE file_id = ?", fileId);
	}

}
