package vn.kt1.batch.shared.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses a sheet's rows on a thread of its own, a few batches ahead of the reader, so that
 * XML parsing overlaps with what the caller does with each row. Memory stays bounded by
 * the queue; a parsing failure reaches the caller at the row where it happened.
 */
final class PrefetchingRows {

	private static final int BATCH = 512;

	private static final List<SheetRows.Cells> END = List.of();

	/** Parsing stopped at a row. */
	static final class Failure extends Exception {

		private final long row;

		Failure(long row, Exception cause) {
			super(cause.getMessage(), cause);
			this.row = row;
		}

		long row() {
			return this.row;
		}

	}

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);

	private final Thread worker;

	private List<SheetRows.Cells> batch = new ArrayList<>();

	private int position;

	private volatile boolean closed;

	PrefetchingRows(SheetRows rows, String name) {
		this.worker = new Thread(() -> produce(rows), "xlsx-" + name);
		this.worker.setDaemon(true);
		this.worker.start();
	}

	private void produce(SheetRows rows) {
		try {
			List<SheetRows.Cells> batch = new ArrayList<>(BATCH);
			for (SheetRows.Cells cells = rows.next(); cells != null && !this.closed; cells = rows.next()) {
				batch.add(cells);
				if (batch.size() == BATCH) {
					put(batch);
					batch = new ArrayList<>(BATCH);
				}
			}
			put(batch);
			put(END);
		}
		catch (Exception ex) {
			put(new Failure(rows.currentRow(), ex));
		}
	}

	private void put(Object item) {
		try {
			while (!this.closed && !this.queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				// the reader is busy; wait for room
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** @return the next row, or {@code null} after the last */
	@SuppressWarnings("unchecked")
	SheetRows.Cells next() throws Failure, InterruptedException {
		while (this.position >= this.batch.size()) {
			if (this.batch == END) {
				return null;
			}
			Object item = this.queue.take();
			if (item instanceof Failure failure) {
				throw failure;
			}
			this.batch = (List<SheetRows.Cells>) item;
			this.position = 0;
		}
		return this.batch.get(this.position++);
	}

	void close() {
		this.closed = true;
		this.worker.interrupt();
		try {
			this.worker.join(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
