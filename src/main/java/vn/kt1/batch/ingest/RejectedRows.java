package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejected rows of one file, in bounded memory: the first {@value #HELD} are held, and
 * from then on every row goes to a temporary file (in the form {@code LOAD DATA} reads) that
 * is loaded into {@code input_reject} when the file is decided. A file of millions of rows
 * with a few percent rejected thus costs a file on disk, not the heap.
 */
public final class RejectedRows implements AutoCloseable {

	static final int HELD = 1000;

	private final List<RejectedRow> held = new ArrayList<>();

	private RejectedRow first;

	private long count;

	private Path spool;

	private OutputStream out;

	private final TsvWriter tsv = new TsvWriter();

	/** @return rows already in memory (a small file's) */
	public static RejectedRows of(List<RejectedRow> rows) {
		RejectedRows rejected = new RejectedRows();
		rows.forEach(rejected::add);
		return rejected;
	}

	public void add(RejectedRow row) {
		this.first = (this.first == null) ? row : this.first;
		this.count++;
		if (this.spool == null && this.held.size() < HELD) {
			this.held.add(row);
			return;
		}
		try {
			if (this.spool == null) {
				this.spool = Files.createTempFile("kt1-rejects-", ".tsv");
				this.out = Files.newOutputStream(this.spool);
				for (RejectedRow earlier : this.held) {
					write(earlier);
				}
				this.held.clear();
			}
			write(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep a rejected row aside", ex);
		}
	}

	private void write(RejectedRow row) throws IOException {
		this.tsv.number(row.error().line())
			.text(row.error().column())
			.text(RejectStore.truncate(row.error().reason(), 1000))
			.text(JsonArrays.write(row.rawValues()));
		this.tsv.endRow();
		if (this.tsv.size() > (1 << 16)) {
			this.out.write(this.tsv.drain());
		}
	}

	public long count() {
		return this.count;
	}

	/** @return the first row rejected, or {@code null} */
	public RejectedRow first() {
		return this.first;
	}

	/** @return the rows held in memory (none once they went to disk) */
	List<RejectedRow> held() {
		return this.held;
	}

	/** @return the file the rows went to, finished, or {@code null} when they are all held */
	Path spooled() {
		if (this.spool == null) {
			return null;
		}
		try {
			this.out.write(this.tsv.drain());
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the rejected rows aside", ex);
		}
		return this.spool;
	}

	@Override
	public void close() {
		if (this.spool != null) {
			try {
				this.out.close();
				Files.deleteIfExists(this.spool);
			}
			catch (IOException ex) {
				// a temporary file: the system cleans it up
			}
		}
	}

}
