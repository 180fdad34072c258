package vn.kt1.batch.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Names for the archive that the file system takes: at most 255 bytes (UTF-8), whatever
 * name a file arrived under. A name that would be longer keeps its start, its end and its
 * extension, with {@code …} where it was cut.
 */
final class ArchiveNames {

	static final int MAX_BYTES = 255;

	private ArchiveNames() {
	}

	/** @return {@code prefix + name + suffix}, with the name shortened as needed to fit */
	static String fit(String prefix, String name, String suffix) {
		String whole = prefix + name + suffix;
		if (bytes(whole) <= MAX_BYTES) {
			return whole;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
		String stem = name.substring(0, name.length() - extension.length());
		int budget = MAX_BYTES - bytes(prefix + "…" + extension + suffix);
		StringBuilder kept = new StringBuilder();
		int used = 0;
		for (int i = 0; i < stem.length();) {
			int codePoint = stem.codePointAt(i);
			int size = bytes(new String(Character.toChars(codePoint)));
			if (used + size > budget) {
				break;
			}
			kept.appendCodePoint(codePoint);
			used += size;
			i += Character.charCount(codePoint);
		}
		return prefix + kept + "…" + extension + suffix;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
