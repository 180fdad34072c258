package vn.kt1.batch.ingest;

import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bytes that {@code LOAD DATA LOCAL INFILE} reads, produced block by block on a thread of
 * their own, a few blocks ahead of the server. Parsing in the JVM and inserting in the server
 * so run at the same time on two cores; producing a block only when the driver asks for more
 * would make them take turns (measured on a busy machine: the load of a 500,000-row file
 * took 2.5 times as long as the server's own {@code LOAD DATA} of it, the parsing alone a
 * quarter of that). Memory holds at most {@value #AHEAD} blocks. A failure of the producer
 * ends the stream and is kept for the caller to report; closing the stream stops the
 * producer.
 */
public final class LoadDataStream extends InputStream {

	/** Produces the next block of tab-separated rows. */
	public interface BlockSource {

		/** @return the next block, or {@code null} at the end */
		byte[] next() throws Exception;

	}

	private static final int AHEAD = 4;

	private static final byte[] END = new byte[0];

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);

	private final Thread producer;

	private volatile boolean closed;

	private byte[] block = new byte[0];

	private int position;

	private boolean ended;

	private Exception failure;

	public LoadDataStream(BlockSource source) {
		this.producer = new Thread(() -> produce(source), "load-data");
		this.producer.setDaemon(true);
		this.producer.start();
	}

	private void produce(BlockSource source) {
		try {
			for (byte[] next = source.next(); next != null && !this.closed; next = source.next()) {
				put(next);
			}
			put(END);
		}
		catch (Exception ex) {
			put(ex);
		}
		catch (Error ex) {
			put(new IllegalStateException(ex.toString(), ex));
		}
	}

	private void put(Object item) {
		try {
			while (!this.closed && !this.queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				// the server is busy: wait for room
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public int read() {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		while (this.position >= this.block.length) {
			if (this.ended || !advance()) {
				return -1;
			}
		}
		int n = Math.min(length, this.block.length - this.position);
		System.arraycopy(this.block, this.position, buffer, offset, n);
		this.position += n;
		return n;
	}

	private boolean advance() {
		Object next;
		try {
			next = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.failure = ex;
			this.ended = true;
			return false;
		}
		if (next instanceof Exception ex) {
			this.failure = ex;
			this.ended = true;
			return false;
		}
		if (next == END) {
			this.ended = true;
			return false;
		}
		this.block = (byte[]) next;
		this.position = 0;
		return true;
	}

	/** @return what stopped the producer, or {@code null} when it reached the end */
	public Exception failure() {
		return this.failure;
	}

	/** Stop the producer, whether or not the server read everything. */
	@Override
	public void close() {
		this.closed = true;
		this.producer.interrupt();
		try {
			this.producer.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
