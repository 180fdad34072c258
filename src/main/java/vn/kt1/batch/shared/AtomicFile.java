package vn.kt1.batch.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: to {@code .NAME.part} beside it, then moved into place,
 * so a reader or a failed run never sees half a file. The file gets the usual permissions
 * of new files (not the owner-only ones of temporary files).
 */
public final class AtomicFile {

	private AtomicFile() {
	}

	/** Writes what the writer writes to {@code out}, replacing a file already there. */
	public static void write(Path out, Writer writer) throws IOException {
		Path target = out.toAbsolutePath();
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling("." + target.getFileName() + ".part");
		try {
			try (OutputStream stream = Files.newOutputStream(partial)) {
				writer.write(stream);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Writes a file's content. */
	@FunctionalInterface
	public interface Writer {

		void write(OutputStream stream) throws IOException;

	}

}
