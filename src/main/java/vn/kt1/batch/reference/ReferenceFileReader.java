package vn.kt1.batch.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.kt1.batch.shared.input.ContentHash;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.input.TableRows;
import vn.kt1.batch.shared.tabular.TabularFormatException;
import vn.kt1.batch.shared.tabular.Template;

/** Reads a whole reference file into typed rows, collecting every row error. */
final class ReferenceFileReader {

	private ReferenceFileReader() {
	}

	static <T> ParsedFile<T> read(Path file, Template template, Function<RowFields, T> mapper) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			return new ParsedFile<>(file, "", List.of(),
					List.of(new InputError(name, 0, null, "file not found: " + file.toAbsolutePath())));
		}
		TableRows<T> table = TableRows.read(file, template, mapper);
		List<InputError> errors = new ArrayList<>();
		table.bad().forEach((row) -> errors.addAll(row.errors()));
		TabularFormatException failure = table.failure();
		if (failure != null) {
			errors.add(new InputError(name, failure.line(), failure.column(), failure.reason()));
		}
		List<ParsedFile.Line<T>> rows = table.rows()
			.stream()
			.map((row) -> new ParsedFile.Line<>(row.line(), row.value()))
			.toList();
		return new ParsedFile<>(file, ContentHash.sha256(file), rows, errors);
	}

}
