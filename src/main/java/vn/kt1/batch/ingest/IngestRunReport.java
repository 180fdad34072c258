package vn.kt1.batch.ingest;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.JobRunReport;

/** One line per file an ingest run registered: status, rows read, loaded and rejected. */
@Component
class IngestRunReport implements JobRunReport {

	private final FileRegistry registry;

	private final InboxWaiting waiting;

	IngestRunReport(FileRegistry registry, InboxWaiting waiting) {
		this.registry = registry;
		this.waiting = waiting;
	}

	@Override
	public String jobName() {
		return "ingestJob";
	}

	@Override
	public void print(JobExecution execution, PrintWriter out) {
		long loaded = 0;
		for (FileSummary file : this.registry.summary(execution.getId())) {
			out.printf("  #%-6d %-10s %-9s read %,9d  loaded %,9d  rejected %,7d  known %,7d  %6.1f s  %s%s%n",
					file.id(), file.kind(), file.status(), file.rowsRead(), file.rowsLoaded(), file.rowsRejected(),
					file.rowsKnown(), file.millis() / 1000.0, file.fileName(),
					(file.reason() != null) ? "  (" + file.reason() + ")" : "");
			loaded += file.rowsLoaded();
		}
		for (String[] waiting : this.waiting.find(execution.getId())) {
			out.printf("  %-17s %-9s %s  (%s)%n", "", "WAITING", waiting[0], waiting[1]);
		}
		out.printf("  %,d rows loaded%n", loaded);
	}

}
