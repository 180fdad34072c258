package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records: RFC 4180 quoting (delimiters, doubled quotes and line
 * breaks inside quotes), {@code \n}, {@code \r\n} or {@code \r} line ends, a leading BOM
 * skipped. Each record knows the line where it starts. A field longer than the limit is an
 * error, found without holding more than the limit in memory.
 */
final class CsvRecordParser {

	/** A field above the size limit. */
	static final class FieldTooLargeException extends IOException {

		private final int field;

		FieldTooLargeException(int field) {
			super("field too large");
			this.field = field;
		}

		int field() {
			return this.field;
		}

	}

	private final StrictUtf8Reader reader;

	private final char delimiter;

	private final int maxFieldChars;

	private final CharBuffer buffer = CharBuffer.allocate(1 << 16);

	private final StringBuilder field = new StringBuilder(64);

	private final List<String> record = new ArrayList<>();

	private long line = 1;

	private long recordLine;

	private boolean started;

	private boolean ended;

	CsvRecordParser(StrictUtf8Reader reader, char delimiter, int maxFieldChars) {
		this.reader = reader;
		this.delimiter = delimiter;
		this.maxFieldChars = maxFieldChars;
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

	/** @return the next record's fields (reused between calls), or {@code null} at the end */
	List<String> next() throws IOException {
		if (this.ended) {
			return null;
		}
		this.record.clear();
		this.field.setLength(0);
		this.recordLine = this.line;
		boolean quoted = false;
		boolean any = false;
		while (true) {
			int c = read();
			if (c < 0) {
				this.ended = true;
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

	private void append(char c) throws FieldTooLargeException {
		if (this.field.length() >= this.maxFieldChars) {
			throw new FieldTooLargeException(this.record.size());
		}
		this.field.append(c);
	}

	private void endField() {
		this.record.add(this.field.toString());
		this.field.setLength(0);
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
