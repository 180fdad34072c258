package vn.kt1.batch.shared.datafile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * A small comma-separated configuration file shipped with the application or kept by the
 * operator: UTF-8, lines starting with {@code #} are comments, blank lines are skipped,
 * the first other line is the header. No quoting: a field may not contain a comma, except
 * the last column, which takes the rest of the line (so a name may).
 *
 * @param source the file, for messages
 * @param columns the header's column names
 * @param rows the data lines
 */
public record DataFile(String source, List<String> columns, List<DataRow> rows) {

	public DataFile {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/**
	 * Read a file from a Spring resource location (a {@code classpath:} resource or a
	 * {@code file:} path).
	 * @param required the columns the header must have, in any order
	 * @throws DataFileException when the file is missing, unreadable or malformed
	 */
	public static DataFile read(Resource resource, List<String> required) {
		String source = resource.getDescription();
		if (!resource.exists()) {
			throw new DataFileException(source, 0, null,
					"not found (a file on disk is written file:path, a resource of the application classpath:path)");
		}
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return read(source, reader, required);
		}
		catch (IOException ex) {
			throw new DataFileException(source, 0, null, "cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Read a file from text.
	 * @param source the file's name, for messages
	 * @param required the columns the header must have, in any order
	 * @throws DataFileException when the file is malformed
	 */
	public static DataFile read(String source, Reader reader, List<String> required) {
		BufferedReader lines = new BufferedReader(reader);
		List<String> columns = null;
		List<DataRow> rows = new ArrayList<>();
		long number = 0;
		try {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				String text = (number == 1 && line.startsWith("\uFEFF")) ? line.substring(1) : line;
				if (text.isBlank() || text.stripLeading().startsWith("#")) {
					continue;
				}
				if (columns == null) {
					columns = header(source, number, text, required);
				}
				else {
					rows.add(row(source, number, text, columns));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (columns == null) {
			throw new DataFileException(source, 0, null, "no header line " + String.join(",", required));
		}
		return new DataFile(source, columns, rows);
	}

	private static List<String> header(String source, long number, String text, List<String> required) {
		List<String> columns = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
		for (String column : required) {
			if (!columns.contains(column)) {
				throw new DataFileException(source, number, column,
						"missing from the header (expected " + String.join(",", required) + ")");
			}
		}
		return columns;
	}

	private static DataRow row(String source, long number, String text, List<String> columns) {
		String[] values = text.split(",", columns.size());
		if (values.length < columns.size()) {
			throw new DataFileException(source, number, columns.get(values.length), "missing: the line has "
					+ values.length + " fields, the header " + columns.size() + " (" + String.join(",", columns) + ")");
		}
		return new DataRow(source, number, columns, Arrays.stream(values).map(String::strip).toList());
	}

}
