package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3 of ingest: moves every decided file out of the inbox: loaded ones to
 * {@code processed/<kind>/}, refused and duplicate ones to {@code failed/<kind>/} with a
 * {@code .reason.txt} beside them. Nothing is ever deleted; a name already taken gets the
 * registry id as prefix.
 */
class ArchiveFilesTasklet implements Tasklet {

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
			this.registry.archived(file.id(), move(file, folder, loaded));
			contribution.incrementWriteCount(1);
		}
		return RepeatStatus.FINISHED;
	}

	private static Path move(InputFile file, Path folder, boolean loaded) {
		try {
			Files.createDirectories(folder);
			Path target = folder.resolve(file.path().getFileName());
			Path alternative = folder.resolve(file.id() + "_" + file.path().getFileName());
			if (!Files.exists(file.path())) {
				// moved already, before a crash kept the registry from saying so
				target = Files.exists(alternative) ? alternative : target;
			}
			else {
				target = Files.exists(target) ? alternative : target;
				Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
			}
			if (!loaded) {
				Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
						"File #" + file.id() + " " + file.status() + System.lineSeparator() + file.reason()
								+ System.lineSeparator(),
						StandardCharsets.UTF_8);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + file.path() + " out of the inbox", ex);
		}
	}

}
