package vn.kt1.batch.alert.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;

/**
 * The deadlines of the calendar: a reminder to {@code deadlines} from {@code remind-days}
 * before the date while the output is not produced, and one message the day after the date
 * if it still is not (for up to a month). Each is told once per date.
 */
@Component
class DeadlineAlerts {

	/** How long after its date a deadline missed is still reported as overdue. */
	static final int OVERDUE_DAYS = 31;

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final ConsoleLinks links;

	DeadlineAlerts(Outbox outbox, JdbcTemplate jdbc, ConsoleLinks links) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.links = links;
	}

	/** @return the messages written for the deadlines on this day */
	List<Long> check(List<Deadline> deadlines, LocalDate today) {
		List<Long> written = new ArrayList<>();
		for (Deadline deadline : deadlines) {
			for (LocalDate due : deadline.datesAround(today)) {
				state(deadline, due, today).flatMap((state) -> alert(deadline, due, today, state))
					.flatMap(this.outbox::record)
					.ifPresent(written::add);
			}
		}
		return written;
	}

	/** @return {@code reminder} or {@code overdue} when a message is due on this day for this date */
	Optional<String> state(Deadline deadline, LocalDate due, LocalDate today) {
		long left = ChronoUnit.DAYS.between(today, due);
		if (left >= 0 && left <= deadline.remindDays() && !produced(deadline, due)) {
			return Optional.of("reminder");
		}
		if (left < 0 && -left <= OVERDUE_DAYS && deadline.output() != null && !produced(deadline, due)) {
			return Optional.of("overdue");
		}
		return Optional.empty();
	}

	/** @return whether the output of the date is there: a completed run of its job for its year */
	boolean produced(Deadline deadline, LocalDate due) {
		if (deadline.output() == null) {
			return false;
		}
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = "
				+ "e.JOB_EXECUTION_ID WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED' AND p.PARAMETER_NAME = 'year' "
				+ "AND p.PARAMETER_VALUE = ?", Integer.class, deadline.output(),
				String.valueOf(deadline.outputYear(due))) > 0;
	}

	private Optional<Alert> alert(Deadline deadline, LocalDate due, LocalDate today, String state) {
		String key = deadline.key(due, state);
		if (this.outbox.told(key)) {
			return Optional.empty();
		}
		long left = ChronoUnit.DAYS.between(today, due);
		boolean overdue = "overdue".equals(state);
		String subject = (overdue ? "Quá hạn: " : "Nhắc hạn: ") + deadline.name() + " — hạn " + Texts.day(due)
				+ (overdue ? ", chưa có" : (left == 0) ? " (hôm nay)" : " (còn " + left + " ngày)");
		Letter letter = new Letter().paragraph(overdue
				? "Đã quá hạn " + (-left) + " ngày: " + deadline.name() + " (hạn " + Texts.day(due) + ") vẫn chưa có."
				: "Sắp đến hạn: " + deadline.name() + ", hạn " + Texts.day(due)
						+ ((left == 0) ? ", tức hôm nay." : ", còn " + left + " ngày."));
		if (deadline.note() != null) {
			letter.paragraph(deadline.note());
		}
		if (deadline.output() != null) {
			int year = deadline.outputYear(due);
			letter.fact("Kết quả cần có", deadline.output() + " year=" + year + " chạy xong (COMPLETED)")
				.fact("Hiện trạng", "chưa có lần chạy nào hoàn thành")
				.paragraph("Để lập ngay:")
				.verbatim(List.of("./kt1 run " + Texts.runName(deadline.output()) + " year=" + year))
				.link("Bảng điều khiển", link(deadline.output(), year));
		}
		return Optional.of(Alert.of(overdue ? AlertKind.DEADLINE_OVERDUE : AlertKind.DEADLINE_REMINDER, key, subject,
				letter));
	}

	private String link(String job, int year) {
		return switch (job) {
			case "estimateJob" -> this.links.estimate(year);
			case "yearEndReportJob" -> this.links.reports();
			default -> this.links.home();
		};
	}

}
