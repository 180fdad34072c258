package vn.kt1.batch.ingest;

import java.io.PrintStream;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 2 of ingest: loads a group of waiting files per call, each group in one transaction,
 * until none is left. A restart continues with the files still waiting.
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
		int files = this.ingester.loadGroup(this.console);
		for (int i = 0; i < files; i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(files);
		return (files > 0) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

}
