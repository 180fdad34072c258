package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists what waits in an inbox folder and its sub-folders (docs/inputs.md section 1).
 * A file counts as complete once it has not changed for the quiet period; names starting
 * with {@code .} or ending in {@code .part}, {@code .tmp} or {@code ~} are still being
 * written and wait until renamed (a folder whose name starts with {@code .} is an uploader's
 * work area and is not looked into). Links are never followed: a link, a device or an entry
 * that cannot be read is refused with its reason. Every file found gets a state.
 */
final class InboxScanner {

	private InboxScanner() {
	}

	static List<InboxEntry> scan(InputKind kind, Path folder, Duration quietPeriod, Instant now) {
		List<InboxEntry> entries = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return entries;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					entries.add(entry(kind, file, attributes, quietPeriod, now));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					entries.add(new InboxEntry(kind, file, InboxEntry.State.REFUSED,
							"cannot be read (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
									+ "); check its permissions and send it again",
							0, null));
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		entries.sort(Comparator.comparing((InboxEntry e) -> e.path().toString()));
		return entries;
	}

	private static InboxEntry entry(InputKind kind, Path file, BasicFileAttributes attributes, Duration quietPeriod,
			Instant now) {
		Instant modified = attributes.lastModifiedTime().toInstant();
		if (attributes.isSymbolicLink()) {
			return new InboxEntry(kind, file, InboxEntry.State.REFUSED,
					"a symbolic link: links are never followed; put the file itself in the inbox", 0, modified);
		}
		if (!attributes.isRegularFile()) {
			return new InboxEntry(kind, file, InboxEntry.State.REFUSED,
					"not a regular file (a device, socket or pipe): put a file in the inbox", 0, modified);
		}
		String inProgress = inProgress(file.getFileName().toString());
		if (inProgress != null) {
			return new InboxEntry(kind, file, InboxEntry.State.WAITING, inProgress, attributes.size(), modified);
		}
		Duration age = Duration.between(modified, now);
		if (age.compareTo(quietPeriod) < 0) {
			return new InboxEntry(kind, file, InboxEntry.State.WAITING,
					"changed " + Math.max(0, age.toSeconds()) + " s ago: taken once unchanged for "
							+ quietPeriod.toSeconds() + " s (it may still be being written)",
					attributes.size(), modified);
		}
		return new InboxEntry(kind, file, InboxEntry.State.TAKEN, null, attributes.size(), modified);
	}

	/** @return why a name says the file is still being written, or {@code null} */
	static String inProgress(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith(".")) {
			return "the name starts with '.': a file still being written (or hidden); it is taken once renamed";
		}
		for (String end : new String[] { ".part", ".tmp", "~" }) {
			if (lower.endsWith(end)) {
				return "the name ends in '" + end + "': a file still being written; it is taken once renamed";
			}
		}
		return null;
	}

}
