package vn.kt1.batch.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file: UTF-8 with or without BOM, {@code ,} or {@code ;} (detected: the one
 * under which the header is found), RFC 4180 quoting.
 */
final class CsvTabularReader extends LocatedReader {

	static final int MAX_FIELD_CHARS = 1 << 20;

	private static final int SNIFF_BYTES = 1 << 16;

	private final Path file;

	private final Template template;

	private final InputStream in;

	private final CsvRecordParser parser;

	private final boolean[] noCells;

	private CsvTabularReader(Path file, Template template, InputStream in, CsvRecordParser parser,
			HeaderLocator.Header header, long headerLine) {
		super(header, headerLine);
		this.file = file;
		this.template = template;
		this.in = in;
		this.parser = parser;
		this.noCells = new boolean[template.columns().size()];
	}

	static CsvTabularReader open(Path file, Template template) throws TabularFormatException {
		try {
			if (Files.size(file) == 0) {
				throw new TabularFormatException(file, 0, null, "empty file");
			}
			char delimiter = sniffDelimiter(file, template);
			InputStream in = new CountingInputStream(Files.newInputStream(file), Files.size(file));
			try {
				return start(file, template, in, new CsvRecordParser(new StrictUtf8Reader(in), delimiter,
						MAX_FIELD_CHARS));
			}
			catch (TabularFormatException | RuntimeException ex) {
				in.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new TabularFormatException(file, 0, null, "cannot read the file: " + ex.getMessage(), ex);
		}
	}

	private static CsvTabularReader start(Path file, Template template, InputStream in, CsvRecordParser parser)
			throws TabularFormatException {
		HeaderLocator locator = new HeaderLocator(template);
		List<List<String>> rows = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		List<String> record;
		while (rows.size() < HeaderLocator.MAX_ROWS && (record = nextRecord(file, template, parser, null)) != null) {
			rows.add(List.copyOf(record));
			lines.add(parser.line());
			HeaderLocator.Header header = locator.locate(rows.subList(rows.size() - 1, rows.size()));
			if (header != null) {
				String duplicate = HeaderLocator.duplicate(header, record);
				if (duplicate != null) {
					throw HeaderLocator.duplicateColumn(file, parser.line(), duplicate);
				}
				return new CsvTabularReader(file, template, in, parser, header, parser.line());
			}
		}
		if (rows.stream().allMatch((row) -> row.stream().allMatch(String::isBlank))) {
			throw new TabularFormatException(file, 0, null, "empty file");
		}
		throw new TabularFormatException(file, 0, null, locator.whyNotFound(rows));
	}

	private static char sniffDelimiter(Path file, Template template) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		HeaderLocator locator = new HeaderLocator(template);
		int bestFields = -1;
		char best = ',';
		for (char delimiter : new char[] { ',', ';' }) {
			List<List<String>> rows = firstRecords(head, delimiter);
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

	private static List<List<String>> firstRecords(byte[] head, char delimiter) {
		List<List<String>> rows = new ArrayList<>();
		CsvRecordParser parser = new CsvRecordParser(new StrictUtf8Reader(new ByteArrayInputStream(head)), delimiter,
				MAX_FIELD_CHARS);
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

	private static List<String> nextRecord(Path file, Template template, CsvRecordParser parser,
			HeaderLocator.Header header) throws TabularFormatException {
		try {
			return parser.next();
		}
		catch (StrictUtf8Reader.MalformedException ex) {
			throw new TabularFormatException(file, parser.currentLine(), null, String.format(
					"not valid UTF-8 (byte 0x%02X); save the file as \"CSV UTF-8\"", ex.badByte()));
		}
		catch (CsvRecordParser.FieldTooLargeException ex) {
			throw new TabularFormatException(file, parser.line(), columnName(template, header, ex.field()),
					"a field longer than " + MAX_FIELD_CHARS + " characters");
		}
		catch (IOException ex) {
			throw new TabularFormatException(file, parser.currentLine(), null, "cannot read: " + ex.getMessage(), ex);
		}
	}

	private static String columnName(Template template, HeaderLocator.Header header, int physical) {
		if (header != null && physical < header.templateIndex().length && header.templateIndex()[physical] >= 0) {
			return template.columns().get(header.templateIndex()[physical]).code();
		}
		return "#" + (physical + 1);
	}

	@Override
	public Row next() throws TabularFormatException {
		List<String> record;
		while ((record = nextRecord(this.file, this.template, this.parser, this.header)) != null) {
			String[] values = this.header.arrange(record, this.template.columns().size());
			if (Arrays.stream(values).anyMatch((v) -> v != null)) {
				return new Row(this.parser.line(), values, this.noCells, this.noCells);
			}
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
