package vn.kt1.batch.alert.event;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.ExecutionOwners;
import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.AlertProperties;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;

/**
 * The morning digest to {@code digest} (event {@code digest:DAY}): the runs since the last
 * digest time, the files received, the data checks, and what needs a person now (runs to
 * restart or recover, data checks at ERROR, files to send again, silent post offices,
 * deadlines, messages not delivered).
 */
@Component
class DigestAlerts {

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final ExecutionOwners owners;

	private final SilenceAlerts silence;

	private final DeadlineAlerts deadlines;

	private final ConsoleLinks links;

	private final AlertProperties properties;

	DigestAlerts(Outbox outbox, JdbcTemplate jdbc, JobRepository jobRepository, ExecutionOwners owners,
			SilenceAlerts silence, DeadlineAlerts deadlines, ConsoleLinks links, AlertProperties properties) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.owners = owners;
		this.silence = silence;
		this.deadlines = deadlines;
		this.links = links;
		this.properties = properties;
	}

	/**
	 * Write the digest of a day, covering the day before at the digest time up to the day's.
	 * @param calendar the deadlines, or the error that prevented reading them
	 * @return the message, empty when that day's digest was written already
	 */
	Optional<Long> write(LocalDate day, List<Deadline> calendar, String calendarError) {
		String key = "digest:" + day;
		if (this.outbox.told(key)) {
			return Optional.empty();
		}
		LocalDateTime to = local(day);
		LocalDateTime from = local(day.minusDays(1));
		List<String> needs = new ArrayList<>();
		Letter letter = new Letter().paragraph("Tóm tắt hoạt động của kt1-batch từ " + Texts.time(from) + " đến "
				+ Texts.time(to) + ".");
		runs(letter, from, to);
		files(letter, needs, from, to);
		checks(letter, from, to);
		needs(needs, to, calendar, calendarError);
		letter.heading("Việc cần người xử lý");
		if (needs.isEmpty()) {
			letter.paragraph("Không có việc gì cần xử lý.");
		}
		else {
			letter.items(needs);
		}
		letter.link("Bảng điều khiển", this.links.home());
		String subject = "Tóm tắt ngày " + Texts.day(day) + ": "
				+ (needs.isEmpty() ? "mọi việc bình thường" : needs.size() + " việc cần xử lý");
		return this.outbox.record(Alert.of(AlertKind.DIGEST, key, subject, letter));
	}

	private void runs(Letter letter, LocalDateTime from, LocalDateTime to) {
		letter.heading("Các lần chạy");
		List<String> lines = new ArrayList<>();
		for (Long id : this.jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE START_TIME >= ? "
				+ "AND START_TIME < ? ORDER BY JOB_EXECUTION_ID", Long.class, Timestamp.valueOf(from),
				Timestamp.valueOf(to))) {
			JobExecution execution = this.jobRepository.getJobExecution(id);
			String parameters = Texts.parameters(execution.getJobParameters());
			lines.add(execution.getJobInstance().getJobName() + " #" + id + (parameters.isEmpty() ? "" : " ("
					+ parameters + ")") + ": " + execution.getStatus() + ", " + Texts.time(execution.getStartTime())
					+ " → " + Texts.time(execution.getEndTime()));
		}
		if (lines.isEmpty()) {
			letter.paragraph("Không có lần chạy nào.");
		}
		letter.items(lines);
	}

	private void files(Letter letter, List<String> needs, LocalDateTime from, LocalDateTime to) {
		letter.heading("Tệp nhận được");
		Object[] window = { Timestamp.valueOf(from), Timestamp.valueOf(to) };
		List<String> counts = this.jdbc.query("SELECT status, COUNT(*), SUM(rows_loaded), SUM(rows_rejected) FROM "
				+ "input_file WHERE registered_at >= ? AND registered_at < ? GROUP BY status ORDER BY status",
				(rs, n) -> status(rs.getString(1)) + ": " + rs.getInt(2) + " tệp" + ("LOADED".equals(rs.getString(1))
						? ", " + Texts.count(rs.getLong(3)) + " dòng nạp, " + Texts.count(rs.getLong(4)) + " dòng lỗi"
						: ""),
				window);
		if (counts.isEmpty()) {
			letter.paragraph("Không nhận được tệp nào.");
		}
		letter.items(counts);
		List<String> refused = this.jdbc.query("SELECT id, file_name, reason FROM input_file WHERE status = 'REFUSED' "
				+ "AND registered_at >= ? AND registered_at < ? ORDER BY id", (rs, n) -> rs.getString(2) + " (mã tệp "
						+ rs.getLong(1) + "): " + rs.getString(3), window);
		if (!refused.isEmpty()) {
			letter.paragraph("Tệp bị từ chối:").items(refused);
			needs.add(refused.size() + " tệp bị từ chối cần được sửa và gửi lại (danh sách ở trên)");
		}
	}

	private void checks(Letter letter, LocalDateTime from, LocalDateTime to) {
		letter.heading("Kiểm tra dữ liệu");
		List<String> findings = this.jdbc.query("SELECT r.month, c.severity, c.check_name, c.message FROM data_check c "
				+ "JOIN reconcile_run r ON r.id = c.run_id WHERE r.status = 'COMPLETED' AND r.finished_at >= ? AND "
				+ "r.finished_at < ? AND c.severity IN ('ERROR', 'WARNING') ORDER BY c.severity, r.month, c.check_name",
				(rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + ": " + rs.getString(4),
				Timestamp.valueOf(from), Timestamp.valueOf(to));
		int runs = this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_run WHERE status = 'COMPLETED' AND "
				+ "finished_at >= ? AND finished_at < ?", Integer.class, Timestamp.valueOf(from), Timestamp.valueOf(to));
		letter.paragraph((runs == 0) ? "Không có tháng nào được đối soát."
				: runs + " lần đối soát; " + (findings.isEmpty() ? "không có kiểm tra nào ở mức WARNING hay ERROR."
						: findings.size() + " kiểm tra ở mức WARNING hoặc ERROR:"));
		letter.items(findings.stream().limit(30).toList());
	}

	private void needs(List<String> needs, LocalDateTime now, List<Deadline> calendar, String calendarError) {
		this.jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS FROM BATCH_JOB_EXECUTION e JOIN "
				+ "BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE e.STATUS IN ('FAILED', 'STOPPED', "
				+ "'UNKNOWN') AND e.END_TIME >= ? AND e.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID) FROM "
				+ "BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID) ORDER BY e.JOB_EXECUTION_ID",
				(rs) -> {
					long id = rs.getLong(1);
					needs.add(rs.getString(2) + " #" + id + " " + rs.getString(3) + " chưa được chạy lại: "
							+ ("UNKNOWN".equals(rs.getString(3)) ? "./kt1 execution " + id : "./kt1 restart " + id));
				}, Timestamp.valueOf(now.minusDays(30)));
		for (Long id : this.jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS IN "
				+ "('STARTING', 'STARTED', 'STOPPING') ORDER BY JOB_EXECUTION_ID", Long.class)) {
			this.owners.ownerOf(id).filter((owner) -> !this.owners.isAlive(owner)).ifPresent((owner) -> needs
				.add("lần chạy #" + id + " bị bỏ dở (tiến trình đã dừng): ./kt1 recover " + id + ", rồi ./kt1 restart "
						+ id));
		}
		this.jdbc.query("SELECT r.month, COUNT(*) FROM data_check c JOIN reconcile_run r ON r.id = c.run_id WHERE "
				+ "r.current AND c.severity = 'ERROR' GROUP BY r.month ORDER BY r.month",
				(rs) -> {
					needs.add("tháng " + rs.getString(1) + " có " + rs.getInt(2) + " kiểm tra mức ERROR (chặn dự toán và "
							+ "báo cáo): ./kt1 checks --from " + rs.getString(1) + " --to " + rs.getString(1));
				});
		this.silence.silent(now).forEach((office) -> needs.add("bưu cục " + office.code() + " ("
				+ office.province() + ") không có sản lượng từ " + Texts.day(office.lastSeen().toLocalDate())));
		LocalDate today = now.toLocalDate();
		for (Deadline deadline : calendar) {
			for (LocalDate due : deadline.datesAround(today)) {
				this.deadlines.state(deadline, due, today).ifPresent((state) -> needs.add(("overdue".equals(state)
						? "quá hạn: " : "sắp đến hạn: ") + deadline.name() + " (hạn " + Texts.day(due) + ")"));
			}
		}
		if (calendarError != null) {
			needs.add("lịch thời hạn không đọc được: " + calendarError);
		}
		this.outbox.counts().forEach((status, count) -> {
			if (("FAILED".equals(status) || "HELD".equals(status)) && count > 0) {
				needs.add(count + " thư " + ("FAILED".equals(status) ? "gửi không được" : "chưa có người nhận")
						+ ": ./kt1 alerts --status " + status);
			}
		});
	}

	private LocalDateTime local(LocalDate day) {
		return day.atTime(this.properties.digestTime())
			.atZone(this.properties.timeZone())
			.withZoneSameInstant(ZoneId.systemDefault())
			.toLocalDateTime();
	}

	private static String status(String status) {
		return switch (status) {
			case "LOADED" -> "đã nạp";
			case "REFUSED" -> "bị từ chối";
			case "DUPLICATE" -> "trùng tệp đã nạp";
			case "PENDING" -> "đang chờ";
			default -> status;
		};
	}

}
