package vn.kt1.batch.shared.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Parses a sheet's rows on a thread of its own, a few batches ahead of the reader, so that
 * parsing overlaps with what the caller does with each row. Memory stays bounded by the
 * queue; a parsing failure reaches the caller at the row where it happened.
 */
final class PrefetchingRows {

	/** Parses a sheet, handing each row to the sink in order. */
	interface Producer {

		void produce(Sink sink) throws Exception;

	}

	/** Takes the rows of a producer; throws {@link CancellationException} once the reader is closed. */
	interface Sink {

		void accept(SheetCells cells);

	}

	private static final int BATCH = 512;

	private static final List<SheetCells> END = List.of();

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

	private List<SheetCells> batch = new ArrayList<>();

	private int position;

	private volatile boolean closed;

	/**
	 * @param producer parses the sheet
	 * @param row the row being parsed, for a failure's location
	 * @param name the file's name, for the thread's
	 */
	PrefetchingRows(Producer producer, LongSupplier row, String name) {
		this.worker = new Thread(() -> run(producer, row), "sheet-" + name);
		this.worker.setDaemon(true);
		this.worker.start();
	}

	private void run(Producer producer, LongSupplier row) {
		List<List<SheetCells>> pending = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
		try {
			producer.produce((cells) -> {
				if (this.closed) {
					throw new CancellationException();
				}
				List<SheetCells> batch = pending.get(0);
				batch.add(cells);
				if (batch.size() == BATCH) {
					put(batch);
					pending.set(0, new ArrayList<>(BATCH));
				}
			});
			put(pending.get(0));
			put(END);
		}
		catch (CancellationException ex) {
			// the reader was closed
		}
		catch (Exception | StackOverflowError ex) {
			put(new Failure(row.getAsLong(), (ex instanceof Exception e) ? e : new IllegalStateException(ex)));
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
			throw new CancellationException();
		}
	}

	/** @return the next row, or {@code null} after the last */
	@SuppressWarnings("unchecked")
	SheetCells next() throws Failure, InterruptedException {
		while (this.position >= this.batch.size()) {
			if (this.batch == END) {
				return null;
			}
			Object item = this.queue.take();
			if (item instanceof Failure failure) {
				throw failure;
			}
			this.batch = (List<SheetCells>) item;
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
