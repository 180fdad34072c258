package vn.kt1.batch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3 of ingest: moves every decided file out of the inbox: loaded ones to
 * {@code processed/<kind>/}, refused and duplicate ones to {@code failed/<kind>/} with a
 * {@code .reason.txt} beside them. Nothing is ever deleted; a name already taken gets the
 * registry id as prefix; names are kept within what the file system takes. A file that
 * cannot be moved stays where it is, registered, with the reason in the registry; it never
 * stops the run, and the next run tries again.
 */
class ArchiveFilesTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveFilesTasklet.class);

	private final FileRegistry registry;

	private final IngestProperties properties;

	ArchiveFilesTasklet(FileRegistry registry, IngestProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		for (InputFile file : this.registry.toArchive()) {
			boolean loaded = "LOADED".equals(file.status());
			Path folder = (loaded ? this.properties.processed() : this.properties.failed()).resolve(file.kind().folder());
			String reason = reason(file);
			try {
				this.registry.archived(file.id(), move(file, folder, loaded, reason));
				contribution.incrementWriteCount(1);
			}
			catch (IOException | RuntimeException ex) {
				String error = "cannot move the file out of the inbox: " + ex;
				logger.warn("File #{} {}: {}", file.id(), file.path(), error);
				this.registry.archiveFailed(file.id(), error);
			}
		}
		return RepeatStatus.FINISHED;
	}

	/** @return the file's reason; a duplicate's says what became of the file it repeats */
	private String reason(InputFile file) {
		if (!"DUPLICATE".equals(file.status()) || file.duplicateOf() == null) {
			return file.reason();
		}
		InputFile original = this.registry.find(file.duplicateOf()).orElse(null);
		if (original == null) {
			return file.reason();
		}
		String outcome = switch (original.status()) {
			case "LOADED" -> "which was loaded";
			case "REFUSED" -> "which was refused: " + original.reason();
			default -> "which waits to be loaded";
		};
		String reason = "skipped: same content as file #" + original.id() + " (" + original.name() + "), " + outcome;
		this.registry.reason(file.id(), reason);
		return reason;
	}

	private static Path move(InputFile file, Path folder, boolean loaded, String reason) throws IOException {
		Files.createDirectories(folder);
		String name = file.name();
		Path target = folder.resolve(ArchiveNames.fit("", name, ""));
		Path alternative = folder.resolve(ArchiveNames.fit(file.id() + "_", name, ""));
		if (!Files.exists(file.path(), LinkOption.NOFOLLOW_LINKS)) {
			// moved already, before a crash kept the registry from saying so
			target = Files.exists(alternative, LinkOption.NOFOLLOW_LINKS) ? alternative : target;
		}
		else {
			target = Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? alternative : target;
			Files.move(file.path(), target);
		}
		if (!loaded) {
			Path reasonFile = folder.resolve(ArchiveNames.fit("", target.getFileName().toString(), ".reason.txt"));
			Files.writeString(reasonFile, "File #" + file.id() + " " + file.status() + System.lineSeparator() + reason
					+ System.lineSeparator(), StandardCharsets.UTF_8);
		}
		return target;
	}

}
