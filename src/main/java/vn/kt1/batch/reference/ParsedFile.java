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

	String name() {
		return this.file.getFileName().toString();
	}

}
