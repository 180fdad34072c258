package vn.kt1.batch.report.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.kt1.batch.incident.Incident;
import vn.kt1.batch.incident.IncidentKind;
import vn.kt1.batch.reconcile.tally.ContinuityDay;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures.Continuity;
import vn.kt1.batch.report.figures.YearFigures.ContinuityCell;
import vn.kt1.batch.report.figures.YearFigures.GradeCell;
import vn.kt1.batch.report.figures.YearFigures.Security;
import vn.kt1.batch.report.figures.YearFigures.SilentDay;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.Secrecy;

import static vn.kt1.batch.report.figures.VietnameseText.number;

/**
 * What the reports say of continuity and of security, only as measured: items accepted and
 * delivered on days off and at night, the days a post office accepted nothing though it
 * usually does; items by secrecy grade lost and returned, senders off the list, incidents
 * with their handling.
 */
final class SafetySections {

	/** The most post offices, and days of each, whose silent days the document writes out; the annex lists all. */
	static final int SILENT_OFFICES_IN_TEXT = 5, SILENT_DAYS_IN_TEXT = 6;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private SafetySections() {
	}

	static void continuity(DocxBuilder docx, YearFigures f) {
		Continuity c = f.continuity();
		ContinuityCell all = c.total(null);
		docx.body("Tính liên tục của dịch vụ được đo từ số liệu bưu gửi (không phải nhận định): trong kỳ, các bưu cục "
				+ "chấp nhận " + number(c.total(ContinuityDay.SATURDAY).accepted()) + " bưu gửi vào thứ Bảy, "
				+ number(c.total(ContinuityDay.SUNDAY).accepted()) + " vào Chủ nhật, "
				+ number(c.total(ContinuityDay.HOLIDAY).accepted()) + " vào ngày lễ, Tết, nghỉ bù và "
				+ number(all.acceptedNight()) + " vào ban đêm (" + c.night() + "); phát "
				+ number(c.total(ContinuityDay.SATURDAY).delivered()) + " bưu gửi vào thứ Bảy, "
				+ number(c.total(ContinuityDay.SUNDAY).delivered()) + " vào Chủ nhật, "
				+ number(c.total(ContinuityDay.HOLIDAY).delivered()) + " vào ngày lễ, Tết, nghỉ bù và "
				+ number(all.deliveredNight()) + " vào ban đêm. Chi tiết từng bưu cục tại Phụ lục.");
		List<List<String>> rows = new ArrayList<>();
		for (ContinuityDay day : ContinuityDay.values()) {
			ContinuityCell cell = c.total(day);
			rows.add(List.of(day.label(), number(c.officesAccepting(day)), number(cell.accepted()),
					number(cell.acceptedNight()), number(cell.delivered()), number(cell.deliveredNight())));
		}
		rows.add(List.of("Cộng", "", number(all.accepted()), number(all.acceptedNight()), number(all.delivered()),
				number(all.deliveredNight())));
		docx.table(List.of("Loại ngày", "Số bưu cục có chấp nhận", "Chấp nhận", "Trong đó ban đêm", "Phát",
				"Trong đó ban đêm"), rows, new int[] { 2271, 1500, 1300, 1300, 1300, 1400 }, true);
		List<SilentDay> silent = c.silentDays();
		if (silent.isEmpty()) {
			docx.body("Không có ngày nào bưu cục thường xuyên chấp nhận bưu gửi mà không chấp nhận bưu gửi nào (bưu cục "
					+ "được coi là thường xuyên chấp nhận vào một loại ngày trong tháng khi có bưu gửi ở ít nhất "
					+ percentText(c.usualShare()) + " số ngày loại đó).");
			return;
		}
		Map<String, List<SilentDay>> byOffice = silent.stream()
			.collect(Collectors.groupingBy(SilentDay::postOffice, TreeMap::new, Collectors.toList()));
		List<List<SilentDay>> offices = byOffice.values()
			.stream()
			.sorted((a, b) -> Integer.compare(b.size(), a.size()))
			.toList();
		String listed = offices.stream()
			.limit(SILENT_OFFICES_IN_TEXT)
			.map((days) -> days.get(0).postOfficeName() + " (" + days.get(0).postOffice() + "): " + days.size()
					+ " ngày, " + days.stream()
						.limit(SILENT_DAYS_IN_TEXT)
						.map((day) -> VietnameseText.day(day.day()))
						.collect(Collectors.joining(", "))
					+ ((days.size() > SILENT_DAYS_IN_TEXT) ? "…" : ""))
			.collect(Collectors.joining("; "));
		docx.body("Có " + number(silent.size()) + " ngày bưu cục thường xuyên chấp nhận bưu gửi (có bưu gửi ở ít nhất "
				+ percentText(c.usualShare()) + " số ngày cùng loại trong tháng) mà không chấp nhận bưu gửi nào, ở "
				+ number(offices.size()) + " bưu cục: " + listed + ((offices.size() > SILENT_OFFICES_IN_TEXT)
						? "; và " + number(offices.size() - SILENT_OFFICES_IN_TEXT) + " bưu cục khác" : "")
				+ " (danh sách đầy đủ tại Phụ lục).");
	}

	static void security(DocxBuilder docx, YearFigures f, String heading) {
		docx.heading(heading);
		Security s = f.security();
		docx.body("1. Bưu gửi có độ mật: " + Codes.codes(Secrecy.class).subList(1, 4)
			.stream()
			.map((grade) -> gradeText(s.grade(grade)))
			.collect(Collectors.joining("; ")) + ".");
		List<List<String>> rows = new ArrayList<>();
		long[] sums = new long[3];
		for (String grade : List.of("A", "B", "C", "")) {
			GradeCell cell = s.grade(grade);
			rows.add(List.of(Secrecy.label(grade) + (grade.isEmpty() ? "" : " (" + grade + ")"), number(cell.items()),
					number(cell.lost()), number(cell.returned())));
			sums[0] += cell.items();
			sums[1] += cell.lost();
			sums[2] += cell.returned();
		}
		rows.add(List.of("Cộng", number(sums[0]), number(sums[1]), number(sums[2])));
		docx.table(List.of("Độ mật", "Số bưu gửi", "Thất lạc", "Chuyển hoàn"), rows, new int[] { 3071, 2000, 2000, 2000 },
				true);
		docx.body("2. Bưu gửi của đơn vị gửi ngoài danh sách Phụ lục II (chấp nhận dù người gửi không phải đơn vị "
				+ "có hiệu lực trong danh sách tại ngày gửi): " + ReportSections.ineligible(f) + ".");
		incidents(docx, s.incidents());
	}

	private static void incidents(DocxBuilder docx, List<Incident> incidents) {
		if (incidents.isEmpty()) {
			docx.body("3. Sự cố: không có sự cố nào được ghi vào sổ sự cố trong kỳ (kt1 incidents).");
			return;
		}
		Map<IncidentKind, Long> byKind = new TreeMap<>(
				incidents.stream().collect(Collectors.groupingBy(Incident::kind, Collectors.counting())));
		long severe = incidents.stream().filter(Incident::severe).count();
		docx.body("3. Sự cố: sổ sự cố ghi nhận " + number(incidents.size()) + " sự cố ("
				+ byKind.entrySet()
					.stream()
					.map((e) -> e.getKey().label().toLowerCase(VietnameseText.VIETNAMESE) + " " + number(e.getValue()))
					.collect(Collectors.joining(", "))
				+ "), trong đó " + number(severe) + " sự cố liên quan đến bưu gửi độ mật A, B. Từng sự cố và cách xử lý:");
		List<List<String>> rows = new ArrayList<>();
		for (Incident incident : incidents) {
			rows.add(List.of(TIME.format(incident.occurredAt()), incident.postOfficeCode(),
					incident.secrecy().isEmpty() ? "-" : incident.secrecy(), incident.kind().label(),
					incident.description() + (incident.barcode().isEmpty() ? "" : " (" + incident.barcode() + ")"),
					(incident.handling() != null) ? incident.handling() : "Chưa ghi cách xử lý",
					(incident.reportedTo() != null) ? incident.reportedTo() : "Chưa báo cáo"));
		}
		docx.textTable(List.of("Thời điểm", "Bưu cục", "Độ mật", "Loại", "Nội dung", "Xử lý", "Đã báo cáo"), rows,
				new int[] { 1450, 1050, 650, 950, 1971, 1800, 1200 });
	}

	private static String gradeText(GradeCell cell) {
		return Secrecy.label(cell.secrecy()).toLowerCase(VietnameseText.VIETNAMESE) + " (" + cell.secrecy() + ") "
				+ number(cell.items()) + " bưu gửi, thất lạc " + number(cell.lost()) + ", chuyển hoàn "
				+ number(cell.returned());
	}

	private static String percentText(double share) {
		return VietnameseText.percent(Math.round(share * 1000), 1000);
	}

}
