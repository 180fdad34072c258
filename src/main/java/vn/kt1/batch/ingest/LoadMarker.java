package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Which file is being loaded, written beside the inbox's folders before each file of a group
 * ({@code inbox/.loading}). Files load in groups, one transaction each; when the process
 * stops, the group rolls back, and this note says which of its files was being read. Written
 * without waiting for the disk: it must survive the process, not the machine, and a commit
 * per file is what the groups save.
 */
final class LoadMarker {

	private final Path file;

	LoadMarker(Path inbox) {
		this.file = inbox.resolve(".loading");
	}

	void loading(long fileId) {
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, Long.toString(fileId), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot note which file is being loaded in " + this.file, ex);
		}
	}

	/** @return the file that was being loaded when the process last stopped, if it stopped; the note is removed */
	OptionalLong take() {
		try {
			if (!Files.isRegularFile(this.file)) {
				return OptionalLong.empty();
			}
			String text = Files.readString(this.file, StandardCharsets.US_ASCII).strip();
			Files.delete(this.file);
			return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/** The group ended (committed or rolled back normally): no file to blame. */
	void clear() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			// a stale note names a file that is decided by then, and is ignored
		}
	}

}
