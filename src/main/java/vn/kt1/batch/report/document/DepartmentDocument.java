package vn.kt1.batch.report.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.kt1.batch.incident.Incident;
import vn.kt1.batch.report.ReportProperties;
import vn.kt1.batch.report.figures.Quality;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures.AgencyGroup;
import vn.kt1.batch.report.figures.YearFigures.MonthTotal;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.report.figures.YearFiguresReader;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;

import static vn.kt1.batch.report.figures.VietnameseText.number;
import static vn.kt1.batch.report.figures.VietnameseText.percent;

/**
 * The Department of Science and Technology's report (Sở KH&CN) to the People's Committee and
 * the Ministry (Central Post Department), for any period, in the form of Decree 30/2020, with
 * its annex on pages of its own: supply and quality by month; adoption by level and category
 * and the Appendix II agencies that did not use KT1; payment discipline; senders outside the
 * list; incidents. Recommendations from {@code kt1.report.department.recommendations-file}.
 */
@Component
public class DepartmentDocument {

	private static final String UNUSED = """
			SELECT g.code, g.name, g.level, g.category, c.name
			  FROM agency g LEFT JOIN commune c ON c.code = g.commune_code
			  LEFT JOIN (SELECT agency_code, SUM(po_items) AS items FROM reconcile_agency WHERE run_id IN (:runs)
			              GROUP BY agency_code) u ON u.agency_code = g.code
			 WHERE COALESCE(u.items, 0) = 0 AND %s
			 ORDER BY FIELD(g.level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET'), g.category, c.name, g.code
			""".formatted(YearFiguresReader.AGENCIES_OF_PERIOD);

	/** Per level: agency-months without report, unpaid or partly paid (overdue months), and the amount. */
	private static final String DISCIPLINE = """
			SELECT g.level, SUM(FIND_IN_SET('REPORT_MISSING', a.flags) > 0), SUM(a.run_id IN (:overdue) AND
			       (FIND_IN_SET('UNPAID', a.flags) > 0 OR FIND_IN_SET('PARTLY_PAID', a.flags) > 0)),
			       SUM(CASE WHEN a.run_id IN (:overdue) AND (FIND_IN_SET('UNPAID', a.flags) > 0
			                OR FIND_IN_SET('PARTLY_PAID', a.flags) > 0) THEN a.po_fees_vnd - a.paid_vnd ELSE 0 END),
			       COUNT(*)
			  FROM reconcile_agency a JOIN agency g ON g.code = a.agency_code
			 WHERE a.run_id IN (:runs) AND a.on_list
			 GROUP BY g.level ORDER BY FIELD(g.level, 'TINH', 'KHU_VUC', 'XA', 'DAC_BIET')
			""";

	private static final String SENDERS = """
			SELECT e.sender_code, g.name, COUNT(*), MIN(e.accepted_at), MAX(e.accepted_at)
			  FROM reconcile_exception e LEFT JOIN agency g ON g.code = e.sender_code
			 WHERE e.run_id IN (:runs) AND e.kind = 'INELIGIBLE_SENDER'
			 GROUP BY e.sender_code, g.name ORDER BY COUNT(*) DESC, e.sender_code
			""";

	private final ReportSections sections;

	private final ReportQueries queries;

	private final ReportProperties properties;

	DepartmentDocument(ReportSections sections, ReportQueries queries, ReportProperties properties) {
		this.sections = sections;
		this.queries = queries;
		this.properties = properties;
	}

	public void write(ReportContext report, Path out) throws IOException {
		YearFigures f = report.figures();
		String span = report.span();
		try (DocxBuilder docx = new DocxBuilder()) {
			OfficialForm.header(docx, report.issuer());
			OfficialForm.title(docx, "Kết quả cung ứng và sử dụng dịch vụ bưu chính KT1 " + report.issuer().area()
					+ " " + span);
			OfficialForm.addressees(docx, report.issuer().addressees());
			docx.body("Thực hiện Quyết định số 32/2025/QĐ-TTg ngày 08/9/2025 của Thủ tướng Chính phủ về mạng bưu chính "
					+ "phục vụ cơ quan Đảng, Nhà nước, " + report.issuer().name() + " báo cáo kết quả theo dõi cung ứng "
					+ "và sử dụng dịch vụ bưu chính KT1 " + report.issuer().area() + " " + span
					+ " (số liệu đối soát hằng tháng giữa sản lượng của bưu điện, báo cáo sử dụng của các đơn vị và chứng "
					+ "từ thanh toán; chi tiết tại Phụ lục kèm theo) như sau:");
			docx.heading("I. TÌNH HÌNH CUNG ỨNG DỊCH VỤ");
			Quality q = f.quality();
			docx.body("Bưu điện đã chấp nhận " + number(f.itemCount()) + " bưu gửi KT1 của " + number(f.usingAgencies())
					+ "/" + number(f.listedAgencies()) + " cơ quan, đơn vị thuộc Phụ lục II; tổng cước "
					+ number(f.fees()) + " đồng. Tỷ lệ phát đúng chỉ tiêu thời gian " + percent(q.onTime(), q.judged())
					+ "; " + number(q.lost()) + " bưu gửi thất lạc, " + number(q.returned()) + " bưu gửi chuyển hoàn.");
			ReportSections.volume(docx, f, f.period().year());
			docx.heading("II. CHẤT LƯỢNG VÀ TÍNH LIÊN TỤC CỦA DỊCH VỤ");
			this.sections.quality(docx, report, f);
			docx.heading("3. Tính liên tục của dịch vụ");
			SafetySections.continuity(docx, f);
			SafetySections.security(docx, f, "III. AN NINH, AN TOÀN");
			docx.heading("IV. TÌNH HÌNH SỬ DỤNG DỊCH VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ");
			docx.heading("1. Cơ quan, đơn vị chưa sử dụng dịch vụ KT1");
			ReportSections.unused(docx, f);
			docx.heading("2. Báo cáo sử dụng và thanh toán");
			ReportSections.reconciliation(docx, f);
			docx.heading("V. KIẾN NGHỊ, ĐỀ XUẤT");
			OfficialForm.paragraphs(docx, this.properties.department().recommendationsFile(), 6);
			docx.body("Trên đây là báo cáo kết quả cung ứng và sử dụng dịch vụ bưu chính KT1 " + span + " của "
					+ report.issuer().name() + "./.");
			OfficialForm.footer(docx, report.issuer());
			annex(docx, report);
			docx.save(out);
		}
	}

	private void annex(DocxBuilder docx, ReportContext report) {
		YearFigures f = report.figures();
		OfficialForm.annexHeading(docx, report.issuer(), "SỐ LIỆU CUNG ỨNG VÀ SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1");
		docx.heading("1. Cung ứng và chất lượng theo tháng");
		List<List<String>> rows = new ArrayList<>();
		for (YearMonth month : f.period().months()) {
			MonthTotal total = f.totals().get(month);
			Quality q = f.quality((cell) -> cell.month().equals(month));
			rows.add((total == null) ? List.of(VietnameseText.month(month), "chưa đối soát", "", "", "", "")
					: List.of(VietnameseText.month(month), number(total.items()), number(total.fees()),
							percent(q.onTime(), q.judged()), number(q.lost()), number(q.returned())));
		}
		Quality q = f.quality();
		rows.add(List.of("Cộng", number(f.itemCount()), number(f.fees()), percent(q.onTime(), q.judged()),
				number(q.lost()), number(q.returned())));
		docx.table(List.of("Tháng", "Số bưu gửi", "Cước (đồng)", "Đúng hạn", "Thất lạc", "Chuyển hoàn"), rows,
				new int[] { 1300, 1500, 2071, 1400, 1400, 1400 }, true);
		docx.heading("2. Sử dụng dịch vụ theo cấp và nhóm đơn vị");
		rows = new ArrayList<>();
		for (AgencyGroup group : f.agencies()) {
			rows.add(List.of(AgencyLevel.label(group.level()) + " – " + AgencyCategory.label(group.category()),
					number(group.listed()), number(group.used()), number(group.unused())));
		}
		rows.add(List.of("Cộng", number(f.listedAgencies()), number(f.usingAgencies()),
				number(f.listedAgencies() - f.usingAgencies())));
		docx.table(List.of("Cấp – nhóm", "Trong danh sách", "Đã sử dụng", "Chưa sử dụng"), rows,
				new int[] { 3671, 1800, 1800, 1800 }, true);
		Map<String, Object> runs = Map.of("runs", ReportQueries.runs(f.runs().ids(f.period().months())), "start",
				f.period().start(), "end", f.period().end());
		List<List<String>> unused = new ArrayList<>();
		this.queries.stream(UNUSED, runs, (rs) -> unused.add(List.of(Integer.toString(unused.size() + 1),
				rs.getString(1), rs.getString(2), AgencyLevel.label(rs.getString(3)), orDash(rs.getString(5)))));
		docx.heading("3. Cơ quan, đơn vị thuộc Phụ lục II chưa sử dụng dịch vụ KT1 (" + number(unused.size()) + ")");
		if (!unused.isEmpty()) {
			docx.textTable(List.of("STT", "Mã đơn vị", "Tên đơn vị", "Cấp", "Xã, phường"), unused,
					new int[] { 700, 1200, 3871, 1300, 2000 });
		}
		discipline(docx, f, runs);
		senders(docx, runs);
		docx.heading("6. Sự cố (" + number(f.security().incidents().size()) + ")");
		rows = new ArrayList<>();
		for (Incident incident : f.security().incidents()) {
			rows.add(List.of(VietnameseText.day(incident.occurredAt().toLocalDate()), incident.postOfficeCode(),
					incident.secrecy().isEmpty() ? "-" : incident.secrecy(), incident.kind().label(),
					incident.description(), orDash(incident.handling()), orDash(incident.reportedTo())));
		}
		if (!rows.isEmpty()) {
			docx.textTable(List.of("Ngày", "Bưu cục", "Độ mật", "Loại", "Nội dung", "Xử lý", "Đã báo cáo"), rows,
					new int[] { 1250, 1050, 650, 950, 1971, 1800, 1400 });
		}
	}

	private void discipline(DocxBuilder docx, YearFigures f, Map<String, Object> runs) {
		docx.heading("4. Chấp hành báo cáo và thanh toán (lượt đơn vị - tháng; nợ của các tháng đã quá hạn thanh toán)");
		Map<String, Object> parameters = new HashMap<>(runs);
		parameters.put("overdue", ReportQueries.runs(f.runs().ids(f.overdue().months())));
		List<List<String>> rows = new ArrayList<>();
		long[] sums = new long[4];
		this.queries.stream(DISCIPLINE, parameters, (rs) -> {
			rows.add(List.of(AgencyLevel.label(rs.getString(1)), number(rs.getLong(5)), number(rs.getLong(2)),
					number(rs.getLong(3)), number(rs.getLong(4))));
			for (int i = 0; i < 4; i++) {
				sums[i] += rs.getLong(i + 2);
			}
		});
		rows.add(List.of("Cộng", number(sums[3]), number(sums[0]), number(sums[1]), number(sums[2])));
		docx.table(List.of("Cấp", "Lượt đơn vị - tháng", "Không báo cáo", "Chưa trả, trả thiếu quá hạn",
				"Cước quá hạn (đồng)"), rows, new int[] { 1871, 1700, 1700, 1900, 1900 }, true);
	}

	private void senders(DocxBuilder docx, Map<String, Object> runs) {
		List<List<String>> rows = new ArrayList<>();
		this.queries.stream(SENDERS, runs, (rs) -> rows.add(List.of(rs.getString(1),
				(rs.getString(2) != null) ? rs.getString(2) + " (ngoài thời hạn hiệu lực)" : "Không có trong danh sách",
				number(rs.getLong(3)), days(rs.getTimestamp(4).toLocalDateTime().toLocalDate(),
						rs.getTimestamp(5).toLocalDateTime().toLocalDate()))));
		docx.heading("5. Đơn vị gửi ngoài danh sách Phụ lục II hoặc ngoài thời hạn hiệu lực (" + number(rows.size())
				+ ")");
		if (!rows.isEmpty()) {
			docx.textTable(List.of("Mã đơn vị", "Đơn vị", "Số bưu gửi", "Thời gian gửi"), rows,
					new int[] { 1300, 3371, 1200, 3200 });
		}
	}

	private static String days(LocalDate first, LocalDate last) {
		return first.equals(last) ? VietnameseText.day(first)
				: VietnameseText.day(first) + " – " + VietnameseText.day(last);
	}

	private static String orDash(String text) {
		return (text != null) ? text : "-";
	}

}
