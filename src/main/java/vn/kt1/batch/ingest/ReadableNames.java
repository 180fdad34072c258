package vn.kt1.batch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Makes sure a file can be found again by the name the registry stores. A name whose bytes
 * are not valid in the system's encoding (a name written on another system, or any
 * Vietnamese name when the process runs without a UTF-8 locale) cannot be written as text and
 * read back; such a file is renamed in place to a plain ASCII name, and its original name is
 * kept in the registry.
 */
final class ReadableNames {

	private ReadableNames() {
	}

	/** @return whether the path, written as text and read back, names the same file */
	static boolean roundTrips(Path file) {
		try {
			Path again = Path.of(file.toString());
			return again.equals(file) && Files.exists(again, LinkOption.NOFOLLOW_LINKS);
		}
		catch (InvalidPathException ex) {
			return false;
		}
	}

	/**
	 * Rename the file to a readable name in the same folder.
	 * @return its new path
	 */
	static Path rename(Path file, long unique) throws IOException {
		String name = file.getFileName().toString();
		StringBuilder plain = new StringBuilder();
		for (int i = 0; i < name.length() && plain.length() < 150; i++) {
			char c = name.charAt(i);
			boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '-' || c == '_';
			plain.append(safe ? c : '_');
		}
		String extension = "";
		int dot = plain.lastIndexOf(".");
		if (dot > 0) {
			extension = plain.substring(dot);
			plain.setLength(dot);
		}
		Path target = file.resolveSibling(plain + "_renamed" + unique + extension);
		return Files.move(file, target);
	}

}
