package vn.kt1.batch.alert.event;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.AlertProperties;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;

/**
 * Post offices gone silent: a post office whose items came in the throughput files received
 * over the last weeks, but in none received over the last {@code kt1.alerts.silence-days}.
 * When every such office of a province is silent, the province's file itself has not come.
 * One message to {@code checks} lists the offices newly silent; each silence is told once
 * (event {@code silent-post-office:CODE:LAST-DAY}), and again only after the office has sent
 * and gone silent anew. Only the files received in the window are read (by their rows' key),
 * not the whole history.
 */
@Component
class SilenceAlerts {

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final AlertProperties properties;

	SilenceAlerts(Outbox outbox, JdbcTemplate jdbc, AlertProperties properties) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** @return the message written, when an office went silent */
	Optional<Long> check(LocalDateTime now) {
		List<Silent> silent = silent(now);
		List<Silent> untold = silent.stream().filter((office) -> !this.outbox.told(office.key())).toList();
		if (untold.isEmpty()) {
			return Optional.empty();
		}
		return this.outbox.record(new Alert(AlertKind.SILENT_POST_OFFICES, untold.stream().map(Silent::key).toList(),
				subject(untold), letter(untold, now), List.of(), List.of()));
	}

	/** @return the post offices silent now, by province */
	List<Silent> silent(LocalDateTime now) {
		int days = this.properties.silenceDays();
		LocalDateTime window = now.minusDays(Math.max(60, 4L * days));
		LocalDateTime quiet = now.minusDays(days);
		List<Silent> offices = this.jdbc.query("SELECT e.post_office_code, MAX(f.registered_at), p.name, "
				+ "c.province_code, v.name FROM input_file f JOIN item_event e ON e.file_id = f.id "
				+ "LEFT JOIN post_office p ON p.code = e.post_office_code LEFT JOIN commune c ON c.code = p.commune_code "
				+ "LEFT JOIN province v ON v.code = c.province_code WHERE f.kind = 'THROUGHPUT' AND f.registered_at >= ? "
				+ "AND f.registered_at < ? GROUP BY e.post_office_code, p.name, c.province_code, v.name "
				+ "ORDER BY c.province_code, e.post_office_code", (rs, n) -> new Silent(rs.getString(1),
						rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), rs.getString(5), false),
				Timestamp.valueOf(window), Timestamp.valueOf(now));
		Map<String, Boolean> provinceSilent = new LinkedHashMap<>();
		offices.forEach((office) -> provinceSilent.merge(String.valueOf(office.provinceCode()),
				office.lastSeen().isBefore(quiet), Boolean::logicalAnd));
		List<Silent> silent = new ArrayList<>();
		for (Silent office : offices) {
			if (office.lastSeen().isBefore(quiet)) {
				silent.add(office.withWholeProvince(provinceSilent.get(String.valueOf(office.provinceCode()))));
			}
		}
		return silent;
	}

	private String subject(List<Silent> offices) {
		List<String> provinces = offices.stream().filter(Silent::wholeProvince).map(Silent::province).distinct().toList();
		if (!provinces.isEmpty() && provinces.size() == offices.stream().map(Silent::province).distinct().count()) {
			return "Không nhận được tệp sản lượng của " + String.join(", ", provinces) + " quá "
					+ this.properties.silenceDays() + " ngày";
		}
		return offices.size() + " bưu cục không có sản lượng quá " + this.properties.silenceDays() + " ngày";
	}

	private Letter letter(List<Silent> offices, LocalDateTime now) {
		int days = this.properties.silenceDays();
		Letter letter = new Letter().paragraph("Các bưu cục sau đã có bưu gửi trong các tệp sản lượng nhận được những "
				+ "tuần trước, nhưng không có trong tệp nào nhận được " + days + " ngày qua (đến "
				+ Texts.day(now.toLocalDate()) + "):");
		List<String> items = new ArrayList<>();
		for (Silent office : offices) {
			long ago = Duration.between(office.lastSeen(), now).toDays();
			items.add(office.code() + " " + ((office.name() != null) ? office.name() : "(không có trong danh sách bưu cục)")
					+ " — " + office.province() + ": tệp cuối có bưu gửi của bưu cục nhận ngày "
					+ Texts.day(office.lastSeen().toLocalDate()) + " (" + ago + " ngày trước)");
		}
		letter.items(items);
		offices.stream().filter(Silent::wholeProvince).map(Silent::province).distinct().forEach((province) -> letter
			.paragraph("Không bưu cục nào của " + province + " có sản lượng: tệp sản lượng hằng ngày của Bưu điện tỉnh "
					+ "chưa đến. Đề nghị liên hệ Bưu điện tỉnh gửi các tệp còn thiếu vào inbox/throughput/."));
		return letter.paragraph("Một bưu cục có thể vắng bưu gửi KT1 vài ngày (ngày nghỉ, bưu cục nhỏ); số ngày được "
				+ "đặt bằng kt1.alerts.silence-days. Mỗi lần vắng chỉ được báo một lần.");
	}

	record Silent(String code, LocalDateTime lastSeen, String name, String provinceCode, String provinceName,
			boolean wholeProvince) {

		String key() {
			return "silent-post-office:" + this.code + ":" + this.lastSeen.toLocalDate();
		}

		String province() {
			return (this.provinceName != null) ? this.provinceName + " (" + this.provinceCode + ")" : "tỉnh không rõ";
		}

		Silent withWholeProvince(boolean whole) {
			return new Silent(this.code, this.lastSeen, this.name, this.provinceCode, this.provinceName, whole);
		}

	}

}
