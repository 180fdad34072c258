package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records: RFC 4180 quoting (delimiters, doubled quotes and line
 * breaks inside quotes), {@code \n}, {@code \r\n} or {@code \r} line ends, a leading BOM
 * skipped. Each record knows the line where it starts.
 * <p>
 * Memory is bounded whatever the file holds: a record longer than the limit keeps only
 * its first characters, is marked {@link #oversized()}, and the rest of it is skipped
 * without being held. A quote that is never closed is an error naming the line where it
 * opened, never a field that swallows the rest of the file.
 */
final class CsvRecordParser {

	/** The end of the file was reached inside a quoted field. */
	static final class UnclosedQuoteException extends IOException {

		private final long openedAt;

		UnclosedQuoteException(long openedAt) {
			super("unclosed quote");
			this.openedAt = openedAt;
		}

		long openedAt() {
			return this.openedAt;
		}

	}

	/** The most fields a record keeps: as many as a spreadsheet has columns. */
	static final int MAX_FIELDS = 16_384;

	private final StrictTextReader reader;

	private final char delimiter;

	private final int maxRecordChars;

	private final CharBuffer buffer = CharBuffer.allocate(1 << 16);

	private final StringBuilder field = new StringBuilder(64);

	private final List<String> record = new ArrayList<>();

	private long line = 1;

	private long recordLine;

	private int recordChars;

	private boolean oversized;

	private boolean started;

	private boolean ended;

	CsvRecordParser(StrictTextReader reader, char delimiter, int maxRecordChars) {
		this.reader = reader;
		this.delimiter = delimiter;
		this.maxRecordChars = maxRecordChars;
		this.buffer.flip();
	}

	/** @return the line where the last record returned started, or the current line */
	long line() {
		return (this.recordLine > 0) ? this.recordLine : this.line;
	}

	/** @return the current physical line (where an error was met) */
	long currentLine() {
		return this.line;
	}

	/** @return whether the last record was longer than the limit (only its start was kept) */
	boolean oversized() {
		return this.oversized;
	}

	/** @return the next record's fields (reused between calls), or {@code null} at the end */
	List<String> next() throws IOException {
		if (this.ended) {
			return null;
		}
		this.record.clear();
		this.field.setLength(0);
		this.recordLine = this.line;
		this.recordChars = 0;
		this.oversized = false;
		boolean quoted = false;
		long quoteLine = 0;
		boolean any = false;
		while (true) {
			int c = read();
			if (c < 0) {
				this.ended = true;
				if (quoted) {
					throw new UnclosedQuoteException(quoteLine);
				}
				if (!any && this.field.length() == 0 && this.record.isEmpty()) {
					return null;
				}
				endField();
				return this.record;
			}
			any = true;
			if (quoted) {
				if (c == '"') {
					if (peek() == '"') {
						read();
						append('"');
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n' || (c == '\r' && peek() != '\n')) {
						this.line++;
					}
					append((char) c);
				}
			}
			else if (c == '"' && this.field.length() == 0) {
				quoted = true;
				quoteLine = this.line;
			}
			else if (c == this.delimiter) {
				endField();
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && peek() == '\n') {
					read();
				}
				this.line++;
				endField();
				return this.record;
			}
			else {
				append((char) c);
			}
		}
	}

	private void append(char c) {
		if (fits()) {
			this.field.append(c);
		}
	}

	private void endField() {
		if (this.record.size() < MAX_FIELDS) {
			this.record.add(this.field.toString());
		}
		else {
			this.oversized = true;
		}
		this.field.setLength(0);
	}

	/** Counts a character (or a field's end) of the record: past the limit, nothing more is kept. */
	private boolean fits() {
		if (this.recordChars < this.maxRecordChars) {
			this.recordChars++;
			return true;
		}
		this.oversized = true;
		return false;
	}

	private int read() throws IOException {
		if (!this.buffer.hasRemaining() && !fill()) {
			return -1;
		}
		return this.buffer.get();
	}

	private int peek() throws IOException {
		if (!this.buffer.hasRemaining() && !fill()) {
			return -1;
		}
		return this.buffer.get(this.buffer.position());
	}

	private boolean fill() throws IOException {
		this.buffer.clear();
		int n;
		do {
			n = this.reader.read(this.buffer);
		}
		while (n == 0);
		this.buffer.flip();
		if (n > 0 && !this.started) {
			this.started = true;
			if (this.buffer.get(0) == '\uFEFF') {
				this.buffer.position(1);
				return this.buffer.hasRemaining() || fill();
			}
		}
		return n > 0;
	}

}
