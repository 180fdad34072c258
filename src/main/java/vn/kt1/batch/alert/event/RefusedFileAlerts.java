package vn.kt1.batch.alert.event;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.admin.ExecutionOwners;
import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;

/**
 * The files an ingest refused, from the registry ({@code input_file}, status
 * {@code REFUSED}): one message to {@code failures} listing every file refused since the last
 * such message, each with its reason, never one per file. Each file is told once (event
 * {@code refused-file:ID}).
 */
@Component
class RefusedFileAlerts {

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final ExecutionOwners owners;

	private final ConsoleLinks links;

	RefusedFileAlerts(Outbox outbox, JdbcTemplate jdbc, ExecutionOwners owners, ConsoleLinks links) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.owners = owners;
		this.links = links;
	}

	/**
	 * After an ingest ended: the files refused since and not yet told of.
	 * @return the message written, if any file was refused
	 */
	Optional<Long> afterIngest(LocalDateTime since) {
		List<RefusedFile> files = this.jdbc.query("SELECT f.id, f.kind, f.file_name, f.reason, f.business_date, "
				+ "f.rows_read, f.rows_rejected FROM input_file f WHERE f.status = 'REFUSED' AND f.registered_at >= ? "
				+ "AND NOT EXISTS (SELECT 1 FROM alert_event a WHERE a.event_key = CONCAT('refused-file:', f.id)) "
				+ "ORDER BY f.business_date, f.id", (rs, n) -> new RefusedFile(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getInt(6), rs.getInt(7)),
				Timestamp.valueOf(since));
		if (files.isEmpty()) {
			return Optional.empty();
		}
		List<String> keys = files.stream().map((file) -> "refused-file:" + file.id()).toList();
		LocalDate night = files.get(files.size() - 1).businessDate();
		return this.outbox.record(new Alert(AlertKind.REFUSED_FILES, keys, subject(files, night), letter(files, night),
				List.of(), List.of()));
	}

	/**
	 * From the poll: the same, but only while no ingest runs (its files are told when it ends).
	 */
	Optional<Long> sweep(LocalDateTime since) {
		return ingestRunning(since) ? Optional.empty() : afterIngest(since);
	}

	private boolean ingestRunning(LocalDateTime since) {
		for (Long id : this.jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'ingestJob' "
				+ "AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') AND e.CREATE_TIME >= ?", Long.class,
				Timestamp.valueOf(since))) {
			if (this.owners.ownerOf(id).map(this.owners::isAlive).orElse(false)) {
				return true;
			}
		}
		return false;
	}

	private static String subject(List<RefusedFile> files, LocalDate night) {
		return files.size() + " tệp bị từ chối, không được nạp (ngày nghiệp vụ " + Texts.day(night) + ")";
	}

	private Letter letter(List<RefusedFile> files, LocalDate night) {
		List<String> items = new ArrayList<>();
		boolean rejects = false;
		for (RefusedFile file : files) {
			String rows = (file.rowsRead() > 0) ? ", " + Texts.count(file.rowsRead()) + " dòng, "
					+ Texts.count(file.rowsRejected()) + " dòng lỗi" : "";
			items.add(file.fileName() + " (" + kind(file.kind()) + rows + ", mã tệp " + file.id() + "):\n"
					+ file.reason());
			rejects |= file.rowsRejected() > 0;
		}
		Letter letter = new Letter()
			.paragraph("Lần nạp dữ liệu (ingestJob) ngày nghiệp vụ " + Texts.day(night) + " đã từ chối " + files.size()
					+ " tệp. Không dòng nào của các tệp này được nạp; mỗi tệp nằm trong inbox/failed/ kèm tệp "
					+ ".reason.txt nêu lý do.")
			.items(items);
		if (rejects) {
			letter.paragraph("Các dòng lỗi của một tệp, theo đúng cột của biểu mẫu, kèm số dòng và lý do, để gửi lại "
					+ "cho nơi lập tệp sửa:")
				.verbatim(List.of("./kt1 rejects " + files.stream().filter((f) -> f.rowsRejected() > 0)
					.findFirst().orElseThrow().id() + " --out tep-loi.xlsx"));
		}
		letter.paragraph("Tệp đã sửa gửi lại vào inbox được nạp ở lần chạy đêm sau; để nạp ngay:")
			.verbatim(List.of("./kt1 run ingest businessDate=" + night + " --rerun --reason \"tệp gửi lại\""));
		return letter.link("Các tệp ngày " + Texts.day(night) + " trên bảng điều khiển", this.links.files(night));
	}

	static String kind(String kind) {
		return switch (kind) {
			case "THROUGHPUT" -> "sản lượng";
			case "USAGE" -> "báo cáo sử dụng";
			case "SPENDING" -> "chi trả";
			default -> kind;
		};
	}

	private record RefusedFile(long id, String kind, String fileName, String reason, LocalDate businessDate,
			int rowsRead, int rowsRejected) {
	}

}
