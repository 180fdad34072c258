package vn.kt1.batch.shared.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, to tell how far through a file a reader is. */
final class CountingInputStream extends FilterInputStream {

	private final long size;

	private long count;

	CountingInputStream(InputStream in, long size) {
		super(in);
		this.size = size;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		this.count += (b >= 0) ? 1 : 0;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		this.count += Math.max(n, 0);
		return n;
	}

	/** @return the share of the file read, 0 to 1 */
	double share() {
		return (this.size > 0) ? Math.min(1.0, (double) this.count / this.size) : 1.0;
	}

}
