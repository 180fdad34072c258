package vn.kt1.batch.ingest;

import java.io.PrintStream;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 2 of ingest: loads one waiting file per call, each in its own transaction, until
 * none is left. A restart continues with the files still waiting.
 */
class LoadFilesTasklet implements Tasklet {

	private final FileIngester ingester;

	private final PrintStream console;

	LoadFilesTasklet(FileIngester ingester, PrintStream console) {
		this.ingester = ingester;
		this.console = console;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		return this.ingester.loadNext(this.console).map((file) -> {
			contribution.incrementReadCount();
			contribution.incrementWriteCount(1);
			return RepeatStatus.CONTINUABLE;
		}).orElse(RepeatStatus.FINISHED);
	}

}
