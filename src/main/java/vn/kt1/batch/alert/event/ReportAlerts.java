package vn.kt1.batch.alert.event;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.Attachment;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;
import vn.kt1.batch.report.YearEndReportParameters;

/**
 * A year-end report made: the post office director's office ({@code reports}) receives the
 * Word report and its Excel annex (attached, or linked above the attachment limit), with the
 * year's items and fees in the body. One message per completed run (event
 * {@code year-end-report:execution:ID}). The files and the reconciliation runs the report used
 * are read from the run's execution context, where the job keeps them for its restarts.
 */
@Component
class ReportAlerts {

	/** The execution-context keys of {@code yearEndReportJob} (see its tasklets). */
	private static final String DOCUMENT = "reportDocument";

	private static final String WORKBOOK = "reportWorkbook";

	private static final String RUNS = "reportRuns";

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final OutputFiles files;

	private final ConsoleLinks links;

	ReportAlerts(Outbox outbox, JdbcTemplate jdbc, JobRepository jobRepository, OutputFiles files,
			ConsoleLinks links) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.files = files;
		this.links = links;
	}

	/** @return the messages written for reports completed since the given time */
	List<Long> sweep(LocalDateTime since) {
		List<Long> written = new ArrayList<>();
		for (Long id : this.jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e JOIN "
				+ "BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? AND e.STATUS = "
				+ "'COMPLETED' AND e.END_TIME >= ? AND NOT EXISTS (SELECT 1 FROM alert_event a WHERE a.event_key = "
				+ "CONCAT('year-end-report:execution:', e.JOB_EXECUTION_ID)) ORDER BY e.JOB_EXECUTION_ID", Long.class,
				YearEndReportParameters.JOB, Timestamp.valueOf(since))) {
			completed(this.jobRepository.getJobExecution(id)).ifPresent(written::add);
		}
		return written;
	}

	/** A report run that has just completed (as its listener sees it) or that completed earlier. */
	java.util.Optional<Long> completed(JobExecution execution) {
		int year = Math.toIntExact(execution.getJobParameters().getLong(YearEndReportParameters.YEAR));
		LocalDate cutoff = execution.getJobParameters().getLocalDate(YearEndReportParameters.CUTOFF);
		ExecutionContext context = execution.getExecutionContext();
		long[] figures = figures(context, year, cutoff);
		Letter letter = new Letter().paragraph("Báo cáo năm " + year + " về cung cấp và sử dụng dịch vụ bưu chính "
				+ "KT1 (hạn gửi trước 10/12) đã lập xong (yearEndReportJob #" + execution.getId() + "), số liệu đến hết "
				+ Texts.day(cutoff) + ".")
			.fact("Số tháng đã đối soát", figures[0] + " (01–" + String.format("%02d", cutoff.getMonthValue()) + "/"
					+ year + ")")
			.fact("Số bưu gửi", Texts.count(figures[1]))
			.fact("Cước", vn.kt1.batch.shared.Vnd.format(figures[2]));
		List<String> paths = new ArrayList<>();
		if (context.containsKey(DOCUMENT) && context.containsKey(WORKBOOK)) {
			paths.add(context.getString(DOCUMENT));
			paths.add(context.getString(WORKBOOK));
		}
		List<Attachment> attached = this.files.attach(letter, paths, this.links.reports());
		letter.paragraph("Báo cáo (Word) theo thể thức Nghị định 30/2020 cần được xem lại, ký và đóng dấu trước khi "
				+ "gửi; phụ lục (Excel) là số liệu chi tiết kèm theo.")
			.link("Báo cáo năm " + year + " trên bảng điều khiển", this.links.reports());
		return this.outbox.record(Alert.of(AlertKind.YEAR_END_REPORT, "year-end-report:execution:" + execution.getId(),
				"Báo cáo năm " + year + " về dịch vụ KT1 và phụ lục", letter).withAttachments(attached));
	}

	/** @return months, items and fees of the year's months the report used */
	private long[] figures(ExecutionContext context, int year, LocalDate cutoff) {
		long[] figures = new long[3];
		if (!context.containsKey(RUNS) || context.getString(RUNS).isEmpty()) {
			return figures;
		}
		for (String run : context.getString(RUNS).split(",")) {
			String[] parts = run.split("=");
			YearMonth month = YearMonth.parse(parts[0]);
			if (month.getYear() == year && !month.atDay(1).isAfter(cutoff)) {
				this.jdbc.query("SELECT COALESCE(items, 0), COALESCE(fees_vnd, 0) FROM reconcile_run WHERE id = ?",
						(rs) -> {
							figures[0]++;
							figures[1] += rs.getLong(1);
							figures[2] += rs.getLong(2);
						}, Long.valueOf(parts[1]));
			}
		}
		return figures;
	}

}
