package vn.kt1.batch.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * Writes rows in the form {@code LOAD DATA} reads by default: tab between fields, newline
 * after a row, backslash escapes, {@code \N} for NULL.
 */
public final class TsvWriter {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

	private final StringBuilder row = new StringBuilder(256);

	private boolean first = true;

	public TsvWriter text(String value) {
		separate();
		if (value == null) {
			this.row.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.row.append("\\\\");
				case '\t' -> this.row.append("\\t");
				case '\n' -> this.row.append("\\n");
				case '\r' -> this.row.append("\\r");
				case '\0' -> this.row.append("\\0");
				default -> this.row.append(c);
			}
		}
		return this;
	}

	public TsvWriter number(long value) {
		separate();
		this.row.append(value);
		return this;
	}

	public TsvWriter dateTime(LocalDateTime value) {
		if (value == null) {
			return text(null);
		}
		separate();
		this.row.append(value.toLocalDate()).append(' ');
		int h = value.getHour(), m = value.getMinute(), s = value.getSecond();
		this.row.append((char) ('0' + h / 10)).append((char) ('0' + h % 10)).append(':');
		this.row.append((char) ('0' + m / 10)).append((char) ('0' + m % 10)).append(':');
		this.row.append((char) ('0' + s / 10)).append((char) ('0' + s % 10));
		return this;
	}

	/** End the current row. */
	public void endRow() {
		this.row.append('\n');
		byte[] bytes = this.row.toString().getBytes(StandardCharsets.UTF_8);
		this.out.write(bytes, 0, bytes.length);
		this.row.setLength(0);
		this.first = true;
	}

	/** @return the bytes written so far (and forget them) */
	public byte[] drain() {
		byte[] bytes = this.out.toByteArray();
		this.out.reset();
		return bytes;
	}

	public int size() {
		return this.out.size();
	}

	private void separate() {
		if (!this.first) {
			this.row.append('\t');
		}
		this.first = false;
	}

}
