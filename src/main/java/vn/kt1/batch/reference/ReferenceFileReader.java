package vn.kt1.batch.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.kt1.batch.shared.input.ContentHash;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.TabularReader;
import vn.kt1.batch.shared.tabular.Template;

/** Reads a whole reference file into typed rows, collecting every row error. */
final class ReferenceFileReader {

	private ReferenceFileReader() {
	}

	static <T> ParsedFile<T> read(Path file, Template template, Function<RowFields, T> mapper) {
		String name = file.getFileName().toString();
		List<ParsedFile.Line<T>> rows = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		if (!Files.isRegularFile(file)) {
			errors.add(new InputError(name, 0, null, "file not found: " + file.toAbsolutePath()));
			return new ParsedFile<>(file, "", rows, errors);
		}
		try (TabularReader reader = TabularReader.open(file, template)) {
			for (Row row = reader.next(); row != null; row = reader.next()) {
				RowFields fields = new RowFields(name, template, row);
				T value = mapper.apply(fields);
				errors.addAll(fields.errors());
				if (fields.errors().isEmpty()) {
					rows.add(new ParsedFile.Line<>(row.line(), value));
				}
			}
		}
		catch (TabularFormatException ex) {
			errors.add(new InputError(name, ex.line(), ex.column(), ex.reason()));
		}
		return new ParsedFile<>(file, ContentHash.sha256(file), rows, errors);
	}

}
