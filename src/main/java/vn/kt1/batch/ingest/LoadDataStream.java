package vn.kt1.batch.ingest;

import java.io.InputStream;

/**
 * The bytes that {@code LOAD DATA LOCAL INFILE} reads, produced block by block as the
 * server asks for them, so that parsing in the JVM and inserting in the server overlap.
 * A failure of the producer ends the stream and is kept for the caller to report.
 */
public final class LoadDataStream extends InputStream {

	/** Produces the next block of tab-separated rows. */
	public interface BlockSource {

		/** @return the next block, or {@code null} at the end */
		byte[] next() throws Exception;

	}

	private final BlockSource source;

	private byte[] block = new byte[0];

	private int position;

	private boolean ended;

	private Exception failure;

	public LoadDataStream(BlockSource source) {
		this.source = source;
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
		try {
			byte[] next = this.source.next();
			if (next == null) {
				this.ended = true;
				return false;
			}
			this.block = next;
			this.position = 0;
			return true;
		}
		catch (Exception ex) {
			this.failure = ex;
			this.ended = true;
			return false;
		}
	}

	/** @return what stopped the producer, or {@code null} when it reached the end */
	public Exception failure() {
		return this.failure;
	}

}
