package vn.kt1.batch.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV file: UTF-8 with or without BOM or UTF-16 with BOM, {@code ,} or {@code ;}
 * (detected: the one under which the header is found), RFC 4180 quoting. A row with more
 * or fewer fields than the header, or longer than {@value #MAX_RECORD_CHARS} characters, is
 * returned with its problem (it is rejected, never re-aligned).
 */
final class CsvTabularReader extends LocatedReader {

	static final int MAX_RECORD_CHARS = 1 << 20;

	private static final int SNIFF_BYTES = 1 << 16;

	private final Path file;

	private final Template template;

	private final TextEncoding encoding;

	private final InputStream in;

	private final CsvRecordParser parser;

	private final int headerWidth;

	private final boolean[] noCells;

	private CsvTabularReader(Path file, Template template, TextEncoding encoding, InputStream in,
			CsvRecordParser parser, HeaderLocator.Header header, long headerLine, int headerWidth) {
		super(header, headerLine);
		this.file = file;
		this.template = template;
		this.encoding = encoding;
		this.in = in;
		this.parser = parser;
		this.headerWidth = headerWidth;
		this.noCells = new boolean[template.columns().size()];
	}

	static CsvTabularReader open(Path file, Template template) throws TabularFormatException {
		try {
			if (Files.size(file) == 0) {
				throw new TabularFormatException(file, 0, null, "empty file");
			}
			TextEncoding encoding = TextEncoding.of(file);
			char delimiter = sniffDelimiter(file, template, encoding);
			InputStream in = new CountingInputStream(Files.newInputStream(file), Files.size(file));
			try {
				in.skipNBytes(encoding.bom());
				return start(file, template, encoding, in,
						new CsvRecordParser(new StrictTextReader(in, encoding), delimiter, MAX_RECORD_CHARS));
			}
			catch (TabularFormatException | IOException | RuntimeException ex) {
				in.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new TabularFormatException(file, 0, null, "cannot read the file: " + ex.getMessage(), ex);
		}
	}

	private static CsvTabularReader start(Path file, Template template, TextEncoding encoding, InputStream in,
			CsvRecordParser parser) throws TabularFormatException {
		HeaderLocator locator = new HeaderLocator(template);
		List<List<String>> rows = new ArrayList<>();
		List<String> record;
		while (rows.size() < HeaderLocator.MAX_ROWS && (record = nextRecord(file, encoding, parser)) != null) {
			rows.add(parser.oversized() ? List.of() : List.copyOf(record));
			HeaderLocator.Header header = locator.locate(rows.subList(rows.size() - 1, rows.size()));
			if (header != null) {
				String duplicate = HeaderLocator.duplicate(header, record);
				if (duplicate != null) {
					throw HeaderLocator.duplicateColumn(file, parser.line(), duplicate);
				}
				return new CsvTabularReader(file, template, encoding, in, parser, header, parser.line(),
						record.size());
			}
		}
		if (rows.stream().allMatch((row) -> row.stream().allMatch(String::isBlank))) {
			throw new TabularFormatException(file, 0, null, "empty file");
		}
		throw new TabularFormatException(file, 0, null, locator.whyNotFound(rows));
	}

	private static char sniffDelimiter(Path file, Template template, TextEncoding encoding) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(encoding.bom());
			head = in.readNBytes(SNIFF_BYTES);
		}
		HeaderLocator locator = new HeaderLocator(template);
		int bestFields = -1;
		char best = ',';
		for (char delimiter : new char[] { ',', ';' }) {
			List<List<String>> rows = firstRecords(head, delimiter, encoding);
			if (locator.locate(rows) != null) {
				return delimiter;
			}
			int fields = rows.stream().mapToInt(List::size).max().orElse(0);
			if (fields > bestFields) {
				bestFields = fields;
				best = delimiter;
			}
		}
		return best;
	}

	private static List<List<String>> firstRecords(byte[] head, char delimiter, TextEncoding encoding) {
		List<List<String>> rows = new ArrayList<>();
		CsvRecordParser parser = new CsvRecordParser(
				new StrictTextReader(new ByteArrayInputStream(head), encoding), delimiter, MAX_RECORD_CHARS);
		try {
			List<String> record;
			while (rows.size() < HeaderLocator.MAX_ROWS && (record = parser.next()) != null) {
				rows.add(List.copyOf(record));
			}
		}
		catch (IOException ex) {
			// a sample cut in the middle of a character or field: use what was read
		}
		return rows;
	}

	private static List<String> nextRecord(Path file, TextEncoding encoding, CsvRecordParser parser)
			throws TabularFormatException {
		try {
			return parser.next();
		}
		catch (StrictTextReader.MalformedException ex) {
			String reason = String.format(Locale.ROOT, "not valid %s (byte 0x%02X)", encoding.name(), ex.badByte());
			if (encoding.bom() == 0 && ex.badByte() >= 0x80) {
				reason += ", perhaps saved in a Windows code page (ANSI, TCVN3, VNI)";
			}
			throw new TabularFormatException(file, parser.currentLine(), null,
					reason + "; save the file as \"CSV UTF-8\" and send it again");
		}
		catch (CsvRecordParser.UnclosedQuoteException ex) {
			throw new TabularFormatException(file, ex.openedAt(), null,
					"a quote (\") opened on this line is never closed: the file is refused whole rather than "
							+ "read with the rest of it inside one field; close the quote and send it again");
		}
		catch (IOException ex) {
			throw new TabularFormatException(file, parser.currentLine(), null, "cannot read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Row next() throws TabularFormatException {
		List<String> record;
		while ((record = nextRecord(this.file, this.encoding, this.parser)) != null) {
			String[] values = this.header.arrange(record, this.template.columns().size());
			if (this.parser.oversized() || Arrays.stream(values).anyMatch((v) -> v != null)) {
				return new Row(this.parser.line(), values, this.noCells, this.noCells, null, problem(record));
			}
		}
		return null;
	}

	private String problem(List<String> record) {
		if (this.parser.oversized()) {
			return String.format(Locale.ROOT,
					"the row is longer than %,d characters (no row of this template is): only its start is kept",
					MAX_RECORD_CHARS);
		}
		if (record.size() != this.headerWidth) {
			return "the row has " + record.size() + " fields and the header " + this.headerWidth
					+ ": a delimiter too many or too few (rows are never re-aligned)";
		}
		return null;
	}

	@Override
	public double progress() {
		return ((CountingInputStream) this.in).share();
	}

	@Override
	public void close() {
		try {
			this.in.close();
		}
		catch (IOException ex) {
			// nothing left to read
		}
	}

}
