package vn.kt1.batch.reference;

import java.nio.file.Path;
import java.util.List;

import vn.kt1.batch.shared.input.InputError;

/**
 * A reference file read and checked row by row.
 *
 * @param file the file
 * @param sha256 its content hash
 * @param rows the rows that parsed, with their lines
 * @param errors every problem found
 */
record ParsedFile<T>(Path file, String sha256, List<Line<T>> rows, List<InputError> errors) {

	record Line<T>(long line, T value) {
	}

	/** @return the same file with its rows replaced */
	ParsedFile<T> withRows(List<Line<T>> replaced) {
		return new ParsedFile<>(this.file, this.sha256, replaced, this.errors);
	}

	String name() {
		return this.file.getFileName().toString();
	}

}
