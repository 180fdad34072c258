package vn.kt1.batch.web.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.shared.input.ContentHash;

/**
 * Puts an uploaded file into the inbox, where the next ingest run registers and loads it by
 * the inbox's own rules (content hash, thresholds, refusals): nothing here reads the file.
 * It is written under a hidden name ({@code .upload-…}, which the inbox skips) and renamed
 * when complete, so ingest never sees half a file.
 */
@Component
class InboxUpload {

	/** The inbox's kinds of file, by extension. */
	static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "xls");

	private final IngestProperties properties;

	InboxUpload(IngestProperties properties) {
		this.properties = properties;
	}

	/**
	 * @return where the file now waits, and its SHA-256
	 * @throws IllegalArgumentException for a name the inbox would not read, or an empty file
	 */
	Stored store(InputKind kind, String originalName, InputStream content) throws IOException {
		String name = safeName(originalName);
		Path folder = this.properties.inbox().resolve(kind.folder());
		Files.createDirectories(folder);
		Path temporary = folder.resolve(".upload-" + UUID.randomUUID() + ".tmp");
		try {
			long size = Files.copy(content, temporary);
			if (size == 0) {
				throw new IllegalArgumentException("tệp rỗng");
			}
			String sha256 = ContentHash.sha256(temporary);
			// complete once renamed: dated past the quiet period, so the next run takes it at once
			Files.setLastModifiedTime(temporary,
					FileTime.from(Instant.now().minus(this.properties.quietPeriod()).minusSeconds(1)));
			return new Stored(moveIn(temporary, folder, name), sha256, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Rename into place without replacing anything: {@code name (2).csv} when the name is taken. */
	private static Path moveIn(Path temporary, Path folder, String name) throws IOException {
		int dot = name.lastIndexOf('.');
		for (int n = 1; n < 1000; n++) {
			Path target = folder.resolve((n == 1) ? name : name.substring(0, dot) + " (" + n + ")" + name.substring(dot));
			try {
				if (Files.exists(target)) {
					continue;
				}
				return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException ex) {
				// taken meanwhile: try the next name
			}
			catch (AtomicMoveNotSupportedException ex) {
				return Files.move(temporary, target);
			}
		}
		throw new IllegalArgumentException("quá nhiều tệp cùng tên " + name + " đang chờ trong inbox");
	}

	/**
	 * @return the last segment of the name, with characters other than letters, digits,
	 * {@code . _ -} and spaces replaced, never hidden, with an extension the inbox reads
	 */
	static String safeName(String originalName) {
		String name = (originalName != null) ? originalName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		if (!EXTENSIONS.contains(extension)) {
			throw new IllegalArgumentException("inbox chỉ đọc tệp " + String.join(", ", EXTENSIONS.stream().sorted().toList())
					+ ", không đọc '" + originalName + "'");
		}
		if (name.length() > 200) {
			name = name.substring(0, 195 - extension.length()) + "." + extension;
		}
		return name.substring(0, name.lastIndexOf('.')) + "." + extension;
	}

	record Stored(Path path, String sha256, long size) {
	}

}
