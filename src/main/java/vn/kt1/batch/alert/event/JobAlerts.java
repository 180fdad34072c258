package vn.kt1.batch.alert.event;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.ExecutionOwner;
import vn.kt1.batch.admin.ExecutionOwners;
import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.AlertProperties;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;

/**
 * A job execution that ended {@code FAILED}, {@code STOPPED} or {@code UNKNOWN}, or was left
 * running by a process that is gone: one message to {@code failures} per execution (event
 * {@code job-execution:ID}), with the job, its parameters, the failure's first lines, the
 * commands that restart it and its page in the console.
 */
@Component
class JobAlerts {

	static final Set<BatchStatus> BAD_ENDS = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.UNKNOWN);

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final ExecutionOwners owners;

	private final ConsoleLinks links;

	private final AlertProperties properties;

	JobAlerts(Outbox outbox, JdbcTemplate jdbc, JobRepository jobRepository, ExecutionOwners owners,
			ConsoleLinks links, AlertProperties properties) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.owners = owners;
		this.links = links;
		this.properties = properties;
	}

	static String key(long executionId) {
		return "job-execution:" + executionId;
	}

	/** An execution that has just ended (as its listener sees it) or that ended earlier. */
	Optional<Long> ended(JobExecution execution) {
		if (!BAD_ENDS.contains(execution.getStatus())) {
			return Optional.empty();
		}
		return this.outbox.record(Alert.of(AlertKind.JOB_FAILED, key(execution.getId()), subject(execution, null),
				letter(execution, null)));
	}

	/**
	 * The executions ended badly since the given time that no message told of (their process
	 * died before its listener wrote one), and those left running by a process that is gone.
	 * @return the messages written
	 */
	List<Long> sweep(LocalDateTime since) {
		List<Long> written = new ArrayList<>();
		for (Long id : this.jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
				+ "WHERE e.STATUS IN ('FAILED', 'STOPPED', 'UNKNOWN') AND e.END_TIME >= ? AND NOT EXISTS "
				+ "(SELECT 1 FROM alert_event a WHERE a.event_key = CONCAT('job-execution:', e.JOB_EXECUTION_ID)) "
				+ "ORDER BY e.JOB_EXECUTION_ID", Long.class, Timestamp.valueOf(since))) {
			ended(this.jobRepository.getJobExecution(id)).ifPresent(written::add);
		}
		for (Long id : this.jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
				+ "WHERE e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') AND e.CREATE_TIME >= ? AND NOT EXISTS "
				+ "(SELECT 1 FROM alert_event a WHERE a.event_key = CONCAT('job-execution:', e.JOB_EXECUTION_ID)) "
				+ "ORDER BY e.JOB_EXECUTION_ID", Long.class, Timestamp.valueOf(since))) {
			Optional<ExecutionOwner> owner = this.owners.ownerOf(id);
			if (owner.isPresent() && !this.owners.isAlive(owner.get())) {
				JobExecution execution = this.jobRepository.getJobExecution(id);
				this.outbox.record(Alert.of(AlertKind.JOB_FAILED, key(id), subject(execution, owner.get()),
						letter(execution, owner.get())))
					.ifPresent(written::add);
			}
		}
		return written;
	}

	private static String subject(JobExecution execution, ExecutionOwner deadOwner) {
		String job = execution.getJobInstance().getJobName() + " #" + execution.getId();
		String parameters = Texts.parameters(execution.getJobParameters());
		String what = (deadOwner != null) ? "bị bỏ dở (tiến trình chạy nó đã dừng)"
				: "kết thúc " + execution.getStatus();
		return job + " " + what + (parameters.isEmpty() ? "" : ": " + parameters);
	}

	private Letter letter(JobExecution execution, ExecutionOwner deadOwner) {
		String job = execution.getJobInstance().getJobName();
		long id = execution.getId();
		String parameters = Texts.parameters(execution.getJobParameters());
		Letter letter = new Letter().paragraph(opening(execution, deadOwner));
		letter.fact("Công việc", job)
			.fact("Lần chạy", "#" + id)
			.fact("Tham số", parameters.isEmpty() ? "(không có)" : parameters)
			.fact("Bắt đầu", Texts.time(execution.getStartTime()))
			.fact("Kết thúc", (deadOwner != null) ? "chưa (bị bỏ dở)" : Texts.time(execution.getEndTime()));
		lastStep(execution).ifPresent((step) -> letter.fact("Bước", step.getStepName() + " (" + step.getStatus() + ")"));
		if (deadOwner != null) {
			letter.fact("Tiến trình", (deadOwner.process().host() != null)
					? deadOwner.process().host() + ", pid " + deadOwner.process().pid() : "đã kết thúc");
		}
		List<String> failure = failureLines(execution);
		if (!failure.isEmpty()) {
			letter.heading("Lỗi (những dòng đầu)").verbatim(failure);
		}
		letter.heading("Cách chạy lại");
		restart(letter, execution, deadOwner, Texts.runName(job) + (parameters.isEmpty() ? "" : " " + parameters));
		letter.paragraph("Xem các bước, số dòng đã đọc và đã ghi: ./kt1 execution " + id);
		return letter.link("Lần chạy #" + id + " trên bảng điều khiển", this.links.execution(id));
	}

	private static String opening(JobExecution execution, ExecutionOwner deadOwner) {
		String run = "Lần chạy #" + execution.getId() + " của " + execution.getJobInstance().getJobName();
		if (deadOwner != null) {
			return run + " vẫn được ghi là đang chạy, nhưng tiến trình chạy nó đã dừng (bị tắt, mất điện hoặc "
					+ "kill -9): không có gì chạy tiếp nó nữa.";
		}
		return switch (execution.getStatus()) {
			case STOPPED -> run + " đã dừng (STOPPED) trước khi xong, theo lệnh dừng hoặc khi máy chủ tắt.";
			case UNKNOWN -> run + " kết thúc với trạng thái UNKNOWN: không chắc các bước đã ghi những gì.";
			default -> run + " kết thúc với lỗi (FAILED).";
		};
	}

	private static void restart(Letter letter, JobExecution execution, ExecutionOwner deadOwner, String runCommand) {
		long id = execution.getId();
		if (deadOwner != null) {
			letter.paragraph("Đánh dấu nó là thất bại rồi chạy lại từ bước đang dở (kt1 serve cũng tự làm việc này "
					+ "khi khởi động):")
				.verbatim(List.of("./kt1 recover " + id, "./kt1 restart " + id));
		}
		else if (execution.getStatus() == BatchStatus.UNKNOWN) {
			letter.paragraph("Không thể chạy lại một lần chạy UNKNOWN. Kiểm tra dữ liệu của nó, rồi bỏ nó và chạy "
					+ "một lần mới cho cùng kỳ:")
				.verbatim(List.of("./kt1 execution " + id, "./kt1 abandon " + id, "./kt1 run " + runCommand));
		}
		else {
			letter.paragraph("Chạy lại từ bước dừng (những bước đã xong không chạy lại):")
				.verbatim(List.of("./kt1 restart " + id));
		}
	}

	private static Optional<StepExecution> lastStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.max(Comparator.comparing(StepExecution::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	private List<String> failureLines(JobExecution execution) {
		int lines = this.properties.failureLines();
		List<String> failure = lastStep(execution).filter((step) -> step.getStatus() != BatchStatus.COMPLETED)
			.map((step) -> Texts.firstLines(step.getExitStatus().getExitDescription(), lines))
			.orElse(List.of());
		if (failure.isEmpty()) {
			failure = Texts.firstLines(execution.getExitStatus().getExitDescription(), lines);
		}
		if (failure.isEmpty() && !execution.getAllFailureExceptions().isEmpty()) {
			failure = Texts.firstLines(execution.getAllFailureExceptions().get(0).toString(), lines);
		}
		return failure;
	}

}
