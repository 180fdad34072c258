package vn.kt1.batch.ingest.throughput;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.kt1.batch.ingest.IngestFaults;
import vn.kt1.batch.ingest.IngestProgress;
import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.ingest.LoadDataStream;
import vn.kt1.batch.ingest.RejectedRow;
import vn.kt1.batch.ingest.RejectedRows;
import vn.kt1.batch.ingest.TsvWriter;
import vn.kt1.batch.ingest.Vocabulary;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.TabularReader;

/**
 * Turns a throughput file into blocks of {@code item_event} rows for {@code LOAD DATA}:
 * each block's rows are parsed, checked against the state machine, and either encoded or
 * set aside as rejected.
 */
final class ThroughputBlocks implements LoadDataStream.BlockSource {

	private static final int BLOCK_ROWS = 4096;

	private final long fileId;

	private final String fileName;

	private final TabularReader reader;

	private final ThroughputRowParser parser;

	private final ItemStateChecker checker;

	private final IngestProgress progress;

	private final IngestFaults faults;

	private final TsvWriter tsv = new TsvWriter();

	private final RejectedRows rejected = new RejectedRows();

	private long rowsRead;

	private long rowsLoaded;

	private LocalDateTime eventTime;

	ThroughputBlocks(long fileId, String fileName, TabularReader reader, ThroughputRowParser parser,
			ItemStateChecker checker, IngestProgress progress, IngestFaults faults) {
		this.fileId = fileId;
		this.fileName = fileName;
		this.reader = reader;
		this.parser = parser;
		this.checker = checker;
		this.progress = progress;
		this.faults = faults;
	}

	@Override
	public byte[] next() throws Exception {
		List<Row> rows = new ArrayList<>(BLOCK_ROWS);
		List<ItemEvent> events = new ArrayList<>(BLOCK_ROWS);
		for (Row row = this.reader.next(); row != null; row = (rows.size() < BLOCK_ROWS) ? this.reader.next() : null) {
			RowFields fields = new RowFields(this.fileName, InputTemplates.THROUGHPUT, row);
			ItemEvent event = this.parser.parse(fields);
			rows.add(row);
			events.add(event);
			if (event == null) {
				reject(fields.errors(), row);
			}
		}
		if (rows.isEmpty()) {
			return null;
		}
		this.rowsRead += rows.size();
		for (int i = 0; i < rows.size(); i++) {
			if (events.get(i) != null) {
				checkAndEncode(events.get(i), rows.get(i));
			}
		}
		this.progress.update(this.rowsRead, this.reader.progress());
		this.faults.afterRows(this.fileName, this.rowsRead);
		return this.tsv.drain();
	}

	private void checkAndEncode(ItemEvent event, Row row) {
		ItemStateChecker.Problem problem = this.checker.check(event, row.line());
		if (problem != null) {
			reject(List.of(new InputError(this.fileName, row.line(), problem.column(), problem.reason())), row);
			return;
		}
		this.eventTime = ThroughputTimes.later(ThroughputTimes.later(this.eventTime, event.acceptedAt()),
				event.deliveredAt());
		this.tsv.number(this.fileId).number(row.line()).text(event.barcode()).text(event.status());
		this.tsv.number(Vocabulary.statusRank(event.status())).dateTime(event.acceptedAt()).text(event.postOffice());
		this.tsv.text(event.sender()).text(event.receiver()).text(event.urgency()).text(event.secrecy());
		this.tsv.text(event.itemType()).number(event.weightG()).number(event.feeVnd()).dateTime(event.dueAt());
		this.tsv.dateTime(event.deliveredAt()).number(event.senderEligible() ? 1 : 0);
		this.tsv.endRow();
		this.rowsLoaded++;
	}

	private void reject(List<InputError> errors, Row row) {
		this.rejected.add(RejectedRow.of(errors, row.values()));
	}

	long rowsRead() {
		return this.rowsRead;
	}

	long rowsEncoded() {
		return this.rowsLoaded;
	}

	/** @return the file's time: the latest acceptance or delivery time of its rows, or {@code null} */
	LocalDateTime eventTime() {
		return this.eventTime;
	}

	RejectedRows rejected() {
		return this.rejected;
	}

}
