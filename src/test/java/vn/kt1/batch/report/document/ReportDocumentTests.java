package vn.kt1.batch.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import vn.kt1.batch.reconcile.decision.DecisionTotals;
import vn.kt1.batch.reconcile.quality.DeliveryNorms;
import vn.kt1.batch.reconcile.quality.DeliveryNormsFile;
import vn.kt1.batch.reconcile.signoff.Signoff;
import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.report.HandMadeMonthFunctionalTests;
import vn.kt1.batch.report.ReportProperties;
import vn.kt1.batch.report.figures.Issuer;
import vn.kt1.batch.report.figures.Quality;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportPeriod;
import vn.kt1.batch.report.figures.ReportRuns;
import vn.kt1.batch.report.figures.SenderStanding;
import vn.kt1.batch.report.figures.YearFigures.AgencyGroup;
import vn.kt1.batch.report.figures.YearFigures.Budget;
import vn.kt1.batch.report.figures.YearFigures.Continuity;
import vn.kt1.batch.report.figures.YearFigures.FlagCount;
import vn.kt1.batch.report.figures.YearFigures.FullYear;
import vn.kt1.batch.report.figures.YearFigures.Ineligible;
import vn.kt1.batch.report.figures.YearFigures.ItemCell;
import vn.kt1.batch.report.figures.YearFigures.Money;
import vn.kt1.batch.report.figures.YearFigures.MonthTotal;
import vn.kt1.batch.report.figures.YearFigures.Overdue;
import vn.kt1.batch.report.figures.YearFigures.QualityCell;
import vn.kt1.batch.report.figures.YearFigures.Security;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.shared.calendar.ShippedCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word report from hand-made figures: a national roll-up (no province, so the parent body
 * issues it) in a year with a budget estimate and no figures for the year before.
 */
class ReportDocumentTests {

	@TempDir
	Path dir;

	@Test
	void writesTheBudgetsExecutionAndLeavesOutTheComparisonWithoutAPreviousYear() throws IOException {
		Path out = this.dir.resolve("bao-cao.docx");
		DeliveryNorms norms = new DeliveryNorms(ShippedCalendar.get(), "test",
				DeliveryNormsFile.read(new ClassPathResource("calendar/delivery-norms.csv")), LocalTime.NOON,
				LocalTime.of(23, 59, 59));

		List<String> decisionsAsked = new ArrayList<>();
		ReportSections sections = new ReportSections(norms, (period) -> {
			decisionsAsked.add(period.first() + ".." + period.last());
			return new DecisionTotals(2, -20_000, 1, 3, 1);
		});
		new ReportDocument(sections, properties()).write(new ReportContext(figures(), national(), 42,
				LocalDateTime.of(2026, 12, 1, 2, 0), null), out);

		try (InputStream in = Files.newInputStream(out); XWPFDocument document = new XWPFDocument(in)) {
			XWPFTable header = document.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).isEqualTo("TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM");
			assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Hà Nội, ngày 02 tháng 12 năm 2026");
			String text;
			try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
				text = extractor.getText();
			}
			assertThat(text)
				.contains("Tổng công ty Bưu điện Việt Nam báo cáo tình hình cung ứng và sử dụng dịch vụ bưu chính KT1 "
						+ "trên toàn quốc năm 2026 (số liệu từ 01/01/2026 đến 30/11/2026")
				.contains("đã chấp nhận 1.100 bưu gửi KT1 của 89/110 cơ quan, đơn vị thuộc Phụ lục II; tổng cước "
						+ "11.000.000 đồng.")
				.contains("phát đúng chỉ tiêu thời gian đạt 94,7%; 22 bưu gửi thất lạc, 33 bưu gửi chuyển hoàn.")
				.contains("có 21 đơn vị (19,1%) chưa gửi bưu gửi KT1 nào")
				.contains("tính đến ngày chốt số liệu 30/11/2026, tháng 01/2026 – 09/2026: 500.000 đồng (2 lượt đơn vị - tháng). Tháng 10/2026, 11/2026 "
						+ "chưa đến hạn thanh toán")
				.contains("4 bưu gửi của 2 đơn vị gửi không có trong danh sách Phụ lục II, 1 bưu gửi của 1 đơn vị gửi "
						+ "có trong danh sách nhưng ngoài thời hạn hiệu lực")
				.contains("Tổng dự toán năm 2026 của 3 đơn vị là 22.000.000 đồng (1 đơn vị theo dự toán được giao; 2 đơn "
						+ "vị không có dự toán được giao, theo dự toán ước tính – estimateJob #7); cước phát sinh từ "
						+ "01/01/2026 đến 30/11/2026 của các đơn vị này là 11.000.000 đồng, đạt 50,0% dự toán; các đơn vị "
						+ "này đã thanh toán 9.000.000 đồng, bằng 40,9% dự toán; 1 đơn vị có cước vượt dự toán.")
				.doesNotContain("cùng kỳ năm 2025 (")
				.doesNotContain("chưa có dự toán")
				.contains("- Bộ KH&CN;")
				.contains("VII. ĐỀ XUẤT, KIẾN NGHỊ\nĐề nghị Ủy ban nhân dân tỉnh bố trí kinh phí.\nĐề nghị các cơ quan "
						+ "sử dụng dịch vụ KT1.\nTrên đây")
				.contains("Ước thực hiện cả năm 2026: 1.200 bưu gửi, 12.000.000 đồng (số ước tính: tháng 12 theo mùa).")
				.contains("Kết quả đối soát đã được ký xác nhận 2/11 tháng: 01/2026 (ketoan.lan, 05/02/2026); 02/2026 "
						+ "(ketoan.lan, 04/03/2026); chưa ký xác nhận: 03/2026, 04/2026, 05/2026, 06/2026, 07/2026, "
						+ "08/2026, 09/2026, 10/2026, 11/2026.")
				.contains("Quyết định của bộ phận tài chính về các trường hợp lệch, ngoại lệ trong kỳ: 3 chấp nhận, "
						+ "2 điều chỉnh với tổng số tiền -20.000 đồng (ghi riêng, số liệu trên giữ nguyên), 1 khiếu nại; "
						+ "1 quyết định không còn khớp số liệu sau khi đối soát lại, chưa được quyết định lại.");
			assertThat(decisionsAsked).containsExactly("2026-01..2026-11");
			assertThat(HandMadeMonthFunctionalTests.signature(document)).containsExactly("KT. TỔNG GIÁM ĐỐC",
					"PHÓ TỔNG GIÁM ĐỐC", "", "", "", "", "", "Nguyễn Văn An");
			XWPFTable services = HandMadeMonthFunctionalTests.tableHeaded(document, "Dịch vụ");
			assertThat(services.getRow(0).getCell(4).getText()).isEqualTo("Cùng kỳ năm 2025");
			assertThat(services.getRows().subList(1, services.getRows().size())).hasSize(4)
				.allSatisfy((row) -> assertThat(row.getCell(4).getText()).isEqualTo(ReportSections.NOT_RECONCILED));
			assertThat(document.getParagraphs()
				.stream()
				.filter((p) -> p.getText().startsWith("Thực hiện Quyết định"))
				.flatMap((p) -> p.getRuns().stream())).singleElement()
				.satisfies((run) -> assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0));
		}
	}

	private static Issuer national() {
		return new Issuer("", "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM", "Tổng công ty Bưu điện Việt Nam", "Hà Nội",
				"trên toàn quốc", "BC-BĐT", new Issuer.Signer("KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Nguyễn Văn An"),
				List.of("Bộ KH&CN;", "Lưu: VT."), LocalDate.of(2026, 12, 2), List.of());
	}

	/** Settings with a proposals file of two paragraphs (and a blank line between). */
	private ReportProperties properties() throws IOException {
		Path proposals = this.dir.resolve("de-xuat.txt");
		Files.writeString(proposals, "\uFEFFĐề nghị Ủy ban nhân dân tỉnh bố trí kinh phí.\n\n  Đề nghị các cơ quan sử "
				+ "dụng dịch vụ KT1.\n");
		return new ReportProperties(null, null, null, null, null, null, null, null, null, null, null, null, proposals,
				null, null, null, null);
	}

	private static YearFigures figures() {
		ReportPeriod period = ReportPeriod.of(2026, LocalDate.of(2026, 11, 30));
		Map<YearMonth, Long> runs = new TreeMap<>();
		Map<YearMonth, MonthTotal> totals = new TreeMap<>();
		Map<YearMonth, Long> filesAfter = new TreeMap<>();
		List<QualityCell> quality = new ArrayList<>();
		for (YearMonth month : period.months()) {
			runs.put(month, (long) month.getMonthValue());
			totals.put(month, new MonthTotal(month, 100, 1_000_000));
			filesAfter.put(month, 0L);
			quality.add(new QualityCell(month, "KT1", "NOI_TINH", new Quality(100, 95, 90, 5, 3, 2, 0)));
		}
		Map<Flag, FlagCount> flags = new EnumMap<>(Flag.class);
		for (Flag flag : Flag.values()) {
			flags.put(flag, new FlagCount(1, 1));
		}
		Map<String, long[]> byLevel = new TreeMap<>(Map.of("TINH", new long[] { 22_000_000, 11_000_000, 9_000_000 }));
		return new YearFigures(period, new ReportRuns(runs), totals, quality,
				List.of(new ItemCell("KT1", "", "THU", 1_000, 10_000_000), new ItemCell("HT", "C", "GOI", 100, 1_000_000)),
				filesAfter, flags, new HashMap<>(Map.of("LOST", 22L)), new Money(1_000, 10_000_000, 9_000_000, 11_000_000),
				new Overdue(45, 500_000, 2, period.months().subList(0, 9), period.months().subList(9, 11), List.of()),
				List.of(new Ineligible(SenderStanding.NOT_LISTED, 4, 2), new Ineligible(SenderStanding.OUTSIDE_VALIDITY, 1, 1)),
				List.of(new AgencyGroup("TINH", "UBND", 10, 9), new AgencyGroup("XA", "CONG_AN", 100, 80)),
				new Budget(Optional.of("estimateJob #7"), 22_000_000, 11_000_000, 9_000_000, 3, 1, 1, byLevel),
				new Continuity(List.of(), List.of(), 0.75, "22:00–06:00"), new Security(List.of(), List.of()),
				Optional.of(new FullYear(1_200, 12_000_000, "tháng 12 theo mùa")),
				Map.of(YearMonth.of(2026, 1), new Signoff(5, YearMonth.of(2026, 1), 1, "ketoan.lan",
						LocalDateTime.of(2026, 2, 5, 9, 30), "đã đối chiếu chứng từ", null, null, null),
						YearMonth.of(2026, 2), new Signoff(6, YearMonth.of(2026, 2), 2, "ketoan.lan",
								LocalDateTime.of(2026, 3, 4, 16, 0), "đã đối chiếu", null, null, null)));
	}

}
