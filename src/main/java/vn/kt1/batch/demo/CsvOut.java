package vn.kt1.batch.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes CSV with RFC 4180 quoting, a chosen delimiter, CRLF or LF, and an optional BOM. */
final class CsvOut implements AutoCloseable {

	private final Writer out;

	private final char delimiter;

	private final String newline;

	CsvOut(Path file, char delimiter, boolean bom, boolean crlf) throws IOException {
		Files.createDirectories(file.getParent());
		OutputStream stream = Files.newOutputStream(file);
		if (bom) {
			stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
		this.delimiter = delimiter;
		this.newline = crlf ? "\r\n" : "\n";
	}

	void row(String... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.out.write(this.delimiter);
			}
			write(values[i]);
		}
		this.out.write(this.newline);
	}

	private void write(String value) throws IOException {
		if (value == null) {
			return;
		}
		boolean quote = value.indexOf(this.delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		if (!quote) {
			this.out.write(value);
			return;
		}
		this.out.write('"');
		this.out.write(value.replace("\"", "\"\""));
		this.out.write('"');
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
