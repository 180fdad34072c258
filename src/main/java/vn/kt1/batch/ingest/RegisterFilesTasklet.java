package vn.kt1.batch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.kt1.batch.shared.input.ContentHash;

/**
 * Step 1 of ingest: registers every file in the inbox, recognised by its content hash. A
 * file whose content was seen before, under any name, is registered as a duplicate.
 */
class RegisterFilesTasklet implements Tasklet {

	private final FileRegistry registry;

	private final IngestProperties properties;

	RegisterFilesTasklet(FileRegistry registry, IngestProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		LocalDate businessDate = context.getStepContext()
			.getStepExecution()
			.getJobParameters()
			.getLocalDate(IngestJobConfiguration.BUSINESS_DATE);
		long executionId = context.getStepContext().getStepExecution().getJobExecutionId();
		for (InputKind kind : InputKind.values()) {
			for (Path file : InboxScanner.list(this.properties.inbox().resolve(kind.folder()))) {
				if (!this.registry.isRegisteredInPlace(file)) {
					register(kind, file, businessDate, executionId);
					contribution.incrementWriteCount(1);
				}
			}
		}
		return RepeatStatus.FINISHED;
	}

	private void register(InputKind kind, Path file, LocalDate businessDate, long executionId) {
		String sha256 = ContentHash.sha256(file);
		Optional<InputFile> owner = this.registry.findByContent(sha256);
		this.registry.register(kind, file, sha256, size(file), businessDate, executionId, owner.orElse(null));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
