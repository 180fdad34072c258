package vn.kt1.batch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.kt1.batch.shared.S10;

/**
 * A realistic set of files as a post office, agencies and accounting send them over ten days:
 * one throughput file a day (items accepted, in transit the next day, delivered the day
 * after), a day sent again by another program (other delimiter, Vietnamese headers,
 * dd/MM/yyyy), a day sent twice byte for byte under another name, two days in one file, a bad
 * row and its correction, a usage report and its resubmission (one service's row bad), and
 * vouchers, one repeated with its number in other case. Each file carries the time it was
 * sent as its modification time.
 */
final class ArrivalSet {

	/** A file of the set: where it goes in the inbox, its name, content and when it was sent. */
	record Sent(InputKind kind, String name, byte[] content, LocalDateTime sentAt) {

		Path deliver(Path inbox) throws IOException {
			Path target = inbox.resolve(this.kind.folder()).resolve(this.name);
			Files.createDirectories(target.getParent());
			Files.write(target, this.content);
			Files.setLastModifiedTime(target, FileTime.from(this.sentAt.atZone(ZoneId.systemDefault()).toInstant()));
			return target;
		}

	}

	private static final String HEADER = "ma_buu_gui,ngay_chap_nhan,ma_buu_cuc,ma_don_vi_gui,ma_don_vi_nhan,dich_vu,"
			+ "do_mat,loai,khoi_luong_g,cuoc_vnd,trang_thai,han_phat,ngay_phat";

	private static final String VIETNAMESE_HEADER = "Mã bưu gửi;Ngày chấp nhận;Mã bưu cục;Mã đơn vị gửi;"
			+ "Mã đơn vị nhận;Dịch vụ;Độ mật;Loại bưu gửi;Khối lượng (g);Cước (VND);Trạng thái;Hạn phát;Ngày phát";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private static final LocalDate FIRST = LocalDate.of(2026, 10, 1);

	private static final int DAYS = 10;

	/** Items enough that one bad row stays under the reject threshold of its day's file. */
	static final int ITEMS = 240;

	private static final int BAD = 13;

	private static final String BAD_WEIGHT_ITEM = S10.of("EK", 40_000_000 + BAD, "VN");

	private ArrivalSet() {
	}

	static List<Sent> files() {
		Map<Integer, List<String[]>> days = events();
		List<Sent> files = new ArrayList<>();
		for (int day = 0; day < DAYS; day++) {
			if (day == 7 || day == 8) {
				continue;
			}
			files.add(throughput("sanluong_2026-10-" + two(day + 1) + ".csv", days.get(day), false, sent(day + 1)));
		}
		List<String[]> twoDays = new ArrayList<>(days.get(7));
		twoDays.addAll(days.get(8));
		files.add(throughput("sanluong_2026-10-08_09.csv", twoDays, false, sent(10)));
		files.add(throughput("gui_lai_sanluong_2026-10-04.csv", days.get(3), true, sent(6)));
		Sent fifth = files.get(4);
		files.add(new Sent(InputKind.THROUGHPUT, "sanluong_2026-10-05 (1).csv", fifth.content(), sent(7)));
		files.add(throughput("bo_sung_2026-10-06.csv", List.<String[]>of(corrected()), false, sent(8)));
		files.add(text(InputKind.USAGE, "baocao_2026-10.csv", "ma_don_vi,ky,dich_vu,so_luong,so_tien_vnd\n"
				+ "1820001,2026-10,KT1,4,50.000\n1820001,2026-10,HT,1,62.000\n1820002,2026-10,KT1,2,25.000\n"
				+ earlierMonths(1), sent(11)));
		files.add(text(InputKind.USAGE, "baocao_2026-10_sua.csv", "ma_don_vi,ky,dich_vu,so_luong,so_tien_vnd\n"
				+ "1820001,2026-10,KT1,5,62.500\n1820001,2026-10,HT,-1,62.000\n1820002,2026-10,KT1,2,25.000\n"
				+ "2820101,2026-10,KT1,1,12.500\n" + earlierMonths(2), sent(12)));
		files.add(text(InputKind.SPENDING, "chungtu_2026-10.csv", "so_chung_tu,ngay_chung_tu,ma_don_vi,ky_cuoc,"
				+ "tieu_muc,so_tien_vnd\nPC-001,2026-11-10,1820001,2026-10,6603,50.000\n"
				+ "PC-002,2026-11-10,1820002,2026-10,6603,25.000\n" + vouchers("A"), sent(12)));
		files.add(text(InputKind.SPENDING, "chungtu_2026-10_lan2.csv", "so_chung_tu,ngay_chung_tu,ma_don_vi,"
				+ "ky_cuoc,tieu_muc,so_tien_vnd\npc-001,2026-11-10,1820001,2026-10,6603,50.000\n"
				+ "PC-003,2026-11-12,2820101,2026-10,6603,12.500\n" + vouchers("B"), sent(13)));
		return files;
	}

	/** @return rows of the months before, so that one bad row stays under the reject threshold */
	private static String earlierMonths(int items) {
		StringBuilder rows = new StringBuilder();
		for (int month = 1; month <= 9; month++) {
			for (String service : new String[] { "KT1", "HT", "HG" }) {
				rows.append("3282493,0").append(month).append("/2026,").append(service).append(',').append(items)
					.append(',').append(items * 12_500).append('\n');
			}
		}
		return rows.toString();
	}

	/** @return vouchers of the months before, so that one duplicate stays under the reject threshold */
	private static String vouchers(String series) {
		StringBuilder rows = new StringBuilder();
		for (int month = 1; month <= 9; month++) {
			for (String agency : new String[] { "1820001", "1820002", "2820101" }) {
				rows.append("UNC-").append(series).append(month).append('-').append(agency).append(",2026-10-05,")
					.append(agency).append(",0").append(month).append("/2026,6603,10.000\n");
			}
		}
		return rows.toString();
	}

	/** @return per day, the rows of the events of that day */
	private static Map<Integer, List<String[]>> events() {
		Map<Integer, List<String[]>> days = new TreeMap<>();
		for (int day = 0; day < DAYS; day++) {
			days.put(day, new ArrayList<>());
		}
		for (int i = 0; i < ITEMS; i++) {
			int accepted = i % 8;
			LocalDateTime at = FIRST.plusDays(accepted).atTime(8, 0).plusMinutes(i);
			String barcode = S10.of("EK", 40_000_000 + i, "VN");
			String weight = (barcode.equals(BAD_WEIGHT_ITEM)) ? "-5" : "20";
			String sender = sender(i);
			String urgency = (i % 5 == 0) ? "HT" : "KT1";
			days.get(accepted).add(row(barcode, at, sender, urgency, weight, "CHAP_NHAN", null));
			days.get(accepted + 1).add(row(barcode, at, sender, urgency, "20", "DANG_PHAT", null));
			if (i % 6 != 5) {
				days.get(accepted + 2).add(row(barcode, at, sender, urgency, "20", (i % 7 == 3) ? "CHUYEN_HOAN" : "DA_PHAT",
						FIRST.plusDays(accepted + 2).atTime(10, 0).plusMinutes(i)));
			}
		}
		return days;
	}

	private static String sender(int i) {
		return (i % 3 == 0) ? "1820001" : (i % 3 == 1) ? "1820002" : "2820101";
	}

	private static String[] corrected() {
		LocalDateTime at = FIRST.plusDays(BAD % 8).atTime(8, 0).plusMinutes(BAD);
		return row(BAD_WEIGHT_ITEM, at, sender(BAD), "KT1", "20", "CHAP_NHAN", null);
	}

	private static String[] row(String barcode, LocalDateTime accepted, String sender, String urgency, String weight,
			String status, LocalDateTime delivered) {
		return new String[] { barcode, accepted.format(ISO), "870000", sender, "3282493", urgency, "", "THU", weight,
				"HT".equals(urgency) ? "52.500" : "12.500", status, "", (delivered != null) ? delivered.format(ISO) : "" };
	}

	private static Sent throughput(String name, List<String[]> rows, boolean otherProgram, LocalDateTime sentAt) {
		StringBuilder csv = new StringBuilder(otherProgram ? "\uFEFF" + VIETNAMESE_HEADER : HEADER)
			.append(otherProgram ? "\r\n" : "\n");
		for (String[] row : rows) {
			String[] values = row.clone();
			if (otherProgram) {
				values[1] = LocalDateTime.parse(values[1], ISO).format(VIETNAMESE);
				values[12] = values[12].isEmpty() ? "" : LocalDateTime.parse(values[12], ISO).format(VIETNAMESE);
			}
			csv.append(String.join(otherProgram ? ";" : ",", values)).append(otherProgram ? "\r\n" : "\n");
		}
		return new Sent(InputKind.THROUGHPUT, name, csv.toString().getBytes(StandardCharsets.UTF_8), sentAt);
	}

	private static Sent text(InputKind kind, String name, String content, LocalDateTime sentAt) {
		return new Sent(kind, name, content.getBytes(StandardCharsets.UTF_8), sentAt);
	}

	private static LocalDateTime sent(int day) {
		return FIRST.plusDays(day).atTime(0, 30);
	}

	private static String two(int n) {
		return (n < 10) ? "0" + n : Integer.toString(n);
	}

}
