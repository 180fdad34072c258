package vn.kt1.batch.ingest;

import java.io.PrintStream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 2 of ingest: loads a group of waiting files per call, each group in one transaction,
 * until none is left. A stop asked meanwhile ends the group after the file being loaded; a
 * restart continues with the files still waiting.
 */
class LoadFilesTasklet implements Tasklet {

	private final FileIngester ingester;

	private final PrintStream console;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	LoadFilesTasklet(FileIngester ingester, PrintStream console, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.ingester = ingester;
		this.console = console;
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactionManager);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separately.setReadOnly(true);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		long jobExecutionId = context.getStepContext().getStepExecution().getJobExecutionId();
		int files = this.ingester.loadGroup(this.console, () -> stopAsked(jobExecutionId));
		for (int i = 0; i < files; i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(files);
		return (files > 0) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

	/**
	 * Read in a transaction of its own: the group's transaction reads a snapshot taken
	 * before the stop was asked.
	 */
	private boolean stopAsked(long jobExecutionId) {
		String status = this.separately.execute((tx) -> this.jdbc.queryForObject(
				"SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, jobExecutionId));
		return BatchStatus.STOPPING.name().equals(status);
	}

}
