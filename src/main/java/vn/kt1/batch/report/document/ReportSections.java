package vn.kt1.batch.report.document;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.decision.DecisionTotals;
import vn.kt1.batch.reconcile.decision.MonthDecisions;
import vn.kt1.batch.reconcile.judge.ExceptionKind;
import vn.kt1.batch.reconcile.quality.DeliveryNorms;
import vn.kt1.batch.reconcile.signoff.Signoff;
import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.report.annex.AgencySheet;
import vn.kt1.batch.report.figures.Quality;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportPeriod;
import vn.kt1.batch.report.figures.SenderStanding;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures.AgencyGroup;
import vn.kt1.batch.report.figures.YearFigures.Budget;
import vn.kt1.batch.report.figures.YearFigures.Ineligible;
import vn.kt1.batch.report.figures.YearFigures.ItemCell;
import vn.kt1.batch.report.figures.YearFigures.Money;
import vn.kt1.batch.report.figures.YearFigures.MonthTotal;
import vn.kt1.batch.report.figures.YearFigures.Overdue;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.ItemType;
import vn.kt1.batch.shared.code.Secrecy;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;

import static vn.kt1.batch.report.figures.VietnameseText.number;
import static vn.kt1.batch.report.figures.VietnameseText.percent;

/**
 * Sections I to VI of the Word report: the year's figures written into sentences, with a
 * small table where one reads better than a sentence.
 */
@Component
class ReportSections {

	/** A comparison with a year that was never reconciled: nothing to show, not zero. */
	static final String NOT_RECONCILED = "chưa đối soát";

	private final DeliveryNorms norms;

	/** Finance staff's decisions of a period (counted apart from the figures, which they never change). */
	private final Function<ReportPeriod, DecisionTotals> decisions;

	@Autowired
	ReportSections(DeliveryNorms norms, MonthDecisions decisions) {
		// decisions are told against each month's current run, the run a report is built on unless fixed earlier
		this(norms, (period) -> decisions.totals(period.first(), period.last()));
	}

	ReportSections(DeliveryNorms norms, Function<ReportPeriod, DecisionTotals> decisions) {
		this.norms = norms;
		this.decisions = decisions;
	}

	void write(DocxBuilder docx, ReportContext report) {
		YearFigures f = report.figures();
		int year = report.period().year();
		docx.body("Thực hiện Quyết định số 32/2025/QĐ-TTg ngày 08/9/2025 của Thủ tướng Chính phủ về mạng bưu chính "
				+ "phục vụ cơ quan Đảng, Nhà nước, " + report.issuer().name()
				+ " báo cáo tình hình cung ứng và sử dụng dịch vụ bưu chính KT1 " + report.issuer().area() + " năm "
				+ year + " (số liệu " + report.span() + ", chi tiết tại Phụ lục kèm theo) như sau:");
		docx.heading("I. TÌNH HÌNH CHUNG");
		general(docx, report, f, year);
		docx.heading("2. Cơ quan, đơn vị chưa sử dụng dịch vụ KT1");
		unused(docx, f);
		docx.heading("II. SẢN LƯỢNG DỊCH VỤ");
		volume(docx, f, year);
		docx.heading("III. CHẤT LƯỢNG VÀ TÍNH LIÊN TỤC CỦA DỊCH VỤ");
		quality(docx, report, f);
		docx.heading("3. Tính liên tục của dịch vụ");
		SafetySections.continuity(docx, f);
		SafetySections.security(docx, f, "IV. AN NINH, AN TOÀN");
		docx.heading("V. ĐỐI SOÁT, THANH TOÁN VÀ THỰC HIỆN DỰ TOÁN");
		docx.heading("1. Đối soát và thanh toán");
		reconciliation(docx, f);
		docx.body(decisions(this.decisions.apply(report.period())));
		budget(docx, f, report, year);
	}

	static void general(DocxBuilder docx, ReportContext report, YearFigures f, int year) {
		docx.heading("1. Kết quả chung");
		String change = VietnameseText.change(f.itemCount(), f.previousItemCount());
		docx.body("Năm " + year + ", " + report.issuer().name() + " đã chấp nhận " + number(f.itemCount()) + " bưu gửi KT1 của "
				+ number(f.usingAgencies()) + "/" + number(f.listedAgencies())
				+ " cơ quan, đơn vị thuộc Phụ lục II"
				+ ((change != null) ? ", " + change + " so với cùng kỳ năm " + (year - 1) + " ("
						+ number(f.previousItemCount()) + " bưu gửi)" : "")
				+ "; tổng cước " + number(f.fees()) + " đồng."
				+ f.fullYear()
					.map((full) -> " Ước thực hiện cả năm " + year + ": " + number(full.items()) + " bưu gửi, "
							+ number(full.fees()) + " đồng (số ước tính: " + full.method() + ").")
					.orElse(""));
		Quality q = f.quality();
		Quality before = f.previousQuality();
		docx.body("Tỷ lệ bưu gửi phát đúng chỉ tiêu thời gian đạt " + percent(q.onTime(), q.judged())
				+ ((before.judged() > 0) ? " (cùng kỳ năm " + (year - 1) + ": "
						+ percent(before.onTime(), before.judged()) + ")" : "")
				+ "; " + number(q.lost()) + " bưu gửi thất lạc, " + number(q.returned()) + " bưu gửi chuyển hoàn.");
		List<YearMonth> missing = f.runs().missing(report.period().months());
		if (!missing.isEmpty()) {
			docx.body("Lưu ý: các tháng " + missing.stream().map(VietnameseText::month).collect(Collectors.joining(", "))
					+ " chưa được đối soát nên chưa có trong số liệu của báo cáo.");
		}
	}

	static void volume(DocxBuilder docx, YearFigures f, int year) {
		Map<String, long[]> services = f.itemsBy(ItemCell::urgency);
		Map<String, long[]> secrecy = f.itemsBy(ItemCell::secrecy);
		Map<String, long[]> types = f.itemsBy(ItemCell::itemType);
		long all = services.values().stream().mapToLong((c) -> c[0]).sum();
		long secret = all - secrecy.getOrDefault("", new long[2])[0];
		docx.body("Theo dịch vụ: " + shares(Codes.codes(Urgency.class), services, all, Urgency::label) + ". Bưu gửi có độ mật "
				+ number(secret) + " (" + percent(secret, all) + "), gồm "
				+ shares(Codes.codes(Secrecy.class).subList(1, 4), secrecy, all, Secrecy::label) + ". Theo loại bưu gửi: "
				+ shares(Codes.codes(ItemType.class), types, all, ItemType::label) + ".");
		List<MonthTotal> months = f.period().months().stream().map(f.totals()::get).filter((t) -> t != null).toList();
		if (!months.isEmpty()) {
			MonthTotal most = months.stream().max(Comparator.comparingLong(MonthTotal::items)).get();
			MonthTotal least = months.stream().min(Comparator.comparingLong(MonthTotal::items)).get();
			docx.body("Tháng có sản lượng cao nhất là tháng " + VietnameseText.month(most.month()) + " với "
					+ number(most.items()) + " bưu gửi; thấp nhất là tháng " + VietnameseText.month(least.month())
					+ " với " + number(least.items()) + " bưu gửi.");
		}
		boolean compared = f.previousYearReconciled();
		List<List<String>> rows = new ArrayList<>();
		for (String urgency : Codes.codes(Urgency.class)) {
			long[] cell = services.getOrDefault(urgency, new long[2]);
			long before = f.quality((c) -> f.period().previousYearMonths().contains(c.month())
					&& c.urgency().equals(urgency)).accepted();
			rows.add(List.of(Urgency.label(urgency), number(cell[0]), percent(cell[0], all), number(cell[1]),
					compared ? number(before) : NOT_RECONCILED));
		}
		rows.add(List.of("Cộng", number(all), percent(all, all),
				number(services.values().stream().mapToLong((c) -> c[1]).sum()),
				compared ? number(f.previousItemCount()) : NOT_RECONCILED));
		docx.table(List.of("Dịch vụ", "Số bưu gửi", "Tỷ trọng", "Cước (đồng)", "Cùng kỳ năm " + (year - 1)), rows,
				new int[] { 2071, 1700, 1300, 2200, 1800 }, true);
	}

	void quality(DocxBuilder docx, ReportContext report, YearFigures f) {
		docx.heading("1. Chỉ tiêu thời gian");
		ReportPeriod period = report.period();
		docx.body("Chỉ tiêu thời gian toàn trình (từ ngày chấp nhận J đến lần phát đầu tiên): nội tỉnh "
				+ norm(period, "NOI_TINH", "KT1") + ", hỏa tốc " + norm(period, "NOI_TINH", "HT") + "; liên tỉnh "
				+ norm(period, "LIEN_TINH", "KT1") + ", hỏa tốc " + norm(period, "LIEN_TINH", "HT")
				+ "; dịch vụ hẹn giờ theo giờ hẹn với người gửi.");
		Quality q = f.quality();
		docx.body("Trong năm, " + number(q.judged()) + " bưu gửi đã đến hạn phát; " + number(q.onTime())
				+ " bưu gửi phát đúng chỉ tiêu (" + percent(q.onTime(), q.judged()) + "), " + number(q.late())
				+ " bưu gửi phát chậm hoặc quá hạn chưa phát. "
				+ ((q.lost() == 0) ? "Không có bưu gửi thất lạc" : "Có " + number(q.lost()) + " bưu gửi thất lạc")
				+ ", " + number(q.returned()) + " bưu gửi chuyển hoàn (bưu gửi thất lạc được liệt kê tại Phụ lục, "
				+ "trang “Ngoại lệ”).");
		List<List<String>> rows = new ArrayList<>();
		for (String urgency : Codes.codes(Urgency.class)) {
			for (String scope : Codes.codes(Zone.class)) {
				Quality cell = f.quality((c) -> f.inPeriod(c.month()) && c.urgency().equals(urgency)
						&& c.scope().equals(scope));
				String service = Urgency.label(urgency) + ", "
						+ Zone.label(scope).toLowerCase(VietnameseText.VIETNAMESE);
				rows.add(List.of(service, shortNorm(period, scope, urgency), number(cell.onTime()), number(cell.late()),
						percent(cell.onTime(), cell.judged())));
			}
		}
		rows.add(List.of("Cộng", "", number(q.onTime()), number(q.late()), percent(q.onTime(), q.judged())));
		docx.heading("2. Tỷ lệ phát đúng chỉ tiêu");
		docx.table(List.of("Dịch vụ, phạm vi", "Chỉ tiêu", "Đúng hạn", "Chậm", "Tỷ lệ đúng hạn"), rows,
				new int[] { 2671, 1900, 1500, 1500, 1500 }, true);
	}

	static void reconciliation(DocxBuilder docx, YearFigures f) {
		Money money = f.money();
		docx.body("Số liệu của bưu điện được đối soát hằng tháng với báo cáo sử dụng dịch vụ của các đơn vị và chứng từ "
				+ "thanh toán. Các đơn vị báo cáo " + number(money.reportedItems()) + " bưu gửi với số tiền "
				+ number(money.reportedVnd()) + " đồng; đã thanh toán " + number(money.paidVnd()) + " đồng, bằng "
				+ percent(money.paidVnd(), f.fees()) + " cước phát sinh. " + overdue(f));
		docx.body(number(f.exceptions(ExceptionKind.TARIFF_DEVIATION)) + " bưu gửi có cước lệch biểu giá, "
				+ number(f.exceptions(ExceptionKind.NO_TARIFF)) + " bưu gửi chưa xác định được giá cước; "
				+ ineligible(f) + ". Kết quả đối soát theo lượt đơn vị - tháng:");
		List<List<String>> rows = new ArrayList<>();
		for (Flag flag : Flag.values()) {
			YearFigures.FlagCount count = f.flags().get(flag);
			rows.add(List.of(flag.label(), number(count.agencyMonths()), number(count.agencies())));
		}
		docx.table(List.of("Kết quả đối soát", "Số lượt đơn vị - tháng", "Số đơn vị"), rows,
				new int[] { 4071, 2500, 2500 }, false);
		docx.body(signoffs(f));
	}

	/** @return which reconciled months a finance officer signed off (on the run the report uses), and which not */
	static String signoffs(YearFigures f) {
		List<YearMonth> reconciled = f.period().months().stream().filter((month) -> f.runs().runs().containsKey(month))
			.toList();
		List<String> signed = new ArrayList<>();
		List<String> unsigned = new ArrayList<>();
		for (YearMonth month : reconciled) {
			Signoff signoff = f.signoffs().get(month);
			if (signoff != null) {
				signed.add(VietnameseText.month(month) + " (" + signoff.signedBy() + ", "
						+ VietnameseText.day(signoff.signedAt().toLocalDate()) + ")");
			}
			else {
				unsigned.add(VietnameseText.month(month));
			}
		}
		if (signed.isEmpty()) {
			return "Chưa tháng nào trong kỳ được bộ phận tài chính ký xác nhận kết quả đối soát.";
		}
		return "Kết quả đối soát đã được ký xác nhận " + signed.size() + "/" + reconciled.size() + " tháng: "
				+ String.join("; ", signed) + (unsigned.isEmpty() ? "" : "; chưa ký xác nhận: " + String.join(", ", unsigned))
				+ ".";
	}

	/** @return one sentence on finance staff's decisions (kt1 import decisions) of the period */
	static String decisions(DecisionTotals t) {
		if (t.none()) {
			return "Bộ phận tài chính chưa ghi nhận quyết định nào về các trường hợp lệch, ngoại lệ trong kỳ.";
		}
		return "Quyết định của bộ phận tài chính về các trường hợp lệch, ngoại lệ trong kỳ: " + number(t.accepted())
				+ " chấp nhận, " + number(t.adjustments()) + " điều chỉnh với tổng số tiền " + number(t.adjustedVnd())
				+ " đồng (ghi riêng, số liệu trên giữ nguyên), " + number(t.disputes()) + " khiếu nại"
				+ ((t.noLongerMatching() > 0) ? "; " + number(t.noLongerMatching())
						+ " quyết định không còn khớp số liệu sau khi đối soát lại, chưa được quyết định lại" : "")
				+ ".";
	}

	static void unused(DocxBuilder docx, YearFigures f) {
		long listed = f.listedAgencies();
		long unused = listed - f.usingAgencies();
		docx.body((unused == 0) ? "Tất cả " + number(listed) + " cơ quan, đơn vị thuộc Phụ lục II đều đã sử dụng dịch vụ "
				+ "bưu chính KT1 trong năm."
				: "Trong " + number(listed) + " cơ quan, đơn vị thuộc Phụ lục II, có " + number(unused) + " đơn vị ("
						+ percent(unused, listed) + ") chưa gửi bưu gửi KT1 nào trong năm (danh sách tại Phụ lục, "
						+ "trang “Đơn vị chưa sử dụng”). Đề nghị các đơn vị này sử dụng dịch vụ bưu chính KT1 khi gửi "
						+ "tài liệu, vật mang bí mật nhà nước theo quy định.");
		List<List<String>> rows = new ArrayList<>();
		for (String level : Codes.ordered(AgencyLevel.class, f.agencies().stream().map(AgencyGroup::level).toList())) {
			List<AgencyGroup> groups = f.agencies().stream().filter((g) -> g.level().equals(level)).toList();
			if (!groups.isEmpty()) {
				long all = groups.stream().mapToLong(AgencyGroup::listed).sum();
				long used = groups.stream().mapToLong(AgencyGroup::used).sum();
				rows.add(List.of(AgencyLevel.label(level), number(all), number(used), number(all - used),
						percent(all - used, all)));
			}
		}
		rows.add(List.of("Cộng", number(listed), number(f.usingAgencies()), number(unused), percent(unused, listed)));
		docx.table(List.of("Cấp", "Số đơn vị", "Đã sử dụng", "Chưa sử dụng", "Tỷ lệ chưa sử dụng"), rows,
				new int[] { 2271, 1700, 1700, 1700, 1700 }, true);
	}

	private static void budget(DocxBuilder docx, YearFigures f, ReportContext report, int year) {
		docx.heading("2. Thực hiện dự toán kinh phí");
		Budget budget = f.budget();
		if (!budget.present()) {
			docx.body("Năm " + year + " chưa có dự toán kinh phí sử dụng dịch vụ bưu chính KT1 của các đơn vị trong hệ "
					+ "thống (" + AgencySheet.NO_ESTIMATE + "), nên chưa đánh giá được tỷ lệ thực hiện dự toán. Cước "
					+ "phát sinh " + report.span() + " là " + number(f.fees()) + " đồng.");
			return;
		}
		docx.body("Tổng dự toán năm " + year + " của " + number(budget.agencies()) + " đơn vị là "
				+ number(budget.estimateVnd()) + " đồng (" + basis(budget) + "); cước phát sinh " + report.span()
				+ " của các đơn vị này là " + number(budget.feesVnd()) + " đồng, đạt "
				+ percent(budget.feesVnd(), budget.estimateVnd()) + " dự toán; các đơn vị này đã thanh toán "
				+ number(budget.paidVnd()) + " đồng, bằng " + percent(budget.paidVnd(), budget.estimateVnd())
				+ " dự toán; " + number(budget.over()) + " đơn vị có cước vượt dự toán.");
		List<List<String>> rows = new ArrayList<>();
		budget.byLevel().forEach((level, sums) -> rows.add(List.of(level.isEmpty() ? "Khác" : AgencyLevel.label(level),
				number(sums[0]), number(sums[1]), percent(sums[1], sums[0]), number(sums[2]), percent(sums[2], sums[0]))));
		rows.add(List.of("Cộng", number(budget.estimateVnd()), number(budget.feesVnd()),
				percent(budget.feesVnd(), budget.estimateVnd()), number(budget.paidVnd()),
				percent(budget.paidVnd(), budget.estimateVnd())));
		docx.table(List.of("Cấp", "Dự toán (đồng)", "Cước phát sinh (đồng)", "Tỷ lệ", "Đã thanh toán (đồng)", "Tỷ lệ"),
				rows,
				new int[] { 1571, 1700, 1700, 1100, 1700, 1100 }, true);
	}

	/** @return which budgets the execution is measured against: allocated, estimated, or both */
	private static String basis(Budget budget) {
		long estimated = budget.agencies() - budget.allocated();
		String allocated = number(budget.allocated()) + " đơn vị theo dự toán được giao";
		String estimate = number(estimated) + " đơn vị không có dự toán được giao, theo dự toán ước tính"
				+ budget.source().map((source) -> " – " + source).orElse("");
		return (estimated == 0) ? allocated : (budget.allocated() == 0) ? "dự toán ước tính" + budget.source()
			.map((source) -> " – " + source)
			.orElse("") : allocated + "; " + estimate;
	}

	/**
	 * @return the unpaid fees of the months past their payment deadline at the cut-off, and
	 * which months were not yet due (or not judged)
	 */
	static String overdue(YearFigures f) {
		Overdue overdue = f.overdue();
		StringBuilder text = new StringBuilder();
		if (overdue.months().isEmpty()) {
			text.append("Đến ngày chốt số liệu ").append(VietnameseText.day(f.period().cutoff()))
				.append(", chưa có tháng nào quá hạn thanh toán (").append(overdue.graceDays())
				.append(" ngày sau khi hết tháng).");
		}
		else {
			text.append("Cước chưa thanh toán của các tháng đã quá hạn thanh toán (")
				.append(overdue.graceDays())
				.append(" ngày sau khi hết tháng) tính đến ngày chốt số liệu ")
				.append(VietnameseText.day(f.period().cutoff()))
				.append(", tháng ")
				.append(VietnameseText.months(overdue.months()))
				.append(": ")
				.append(number(overdue.amountVnd()))
				.append(" đồng (")
				.append(number(overdue.agencyMonths()))
				.append(" lượt đơn vị - tháng).");
		}
		if (!overdue.notDue().isEmpty()) {
			text.append(" Tháng ").append(VietnameseText.months(overdue.notDue()))
				.append(" chưa đến hạn thanh toán tại ngày chốt số liệu, không tính là nợ quá hạn.");
		}
		if (!overdue.notJudged().isEmpty()) {
			text.append(" Tháng ").append(VietnameseText.months(overdue.notJudged()))
				.append(" đã quá hạn thanh toán nhưng được đối soát trước hạn nên chưa đánh giá việc thanh toán ")
				.append("(cần đối soát lại).");
		}
		return text.toString();
	}

	/** @return e.g. {@code 3 bưu gửi của 2 đơn vị gửi không có trong danh sách Phụ lục II, 1 bưu gửi của ...} */
	static String ineligible(YearFigures f) {
		List<String> parts = new ArrayList<>();
		for (SenderStanding standing : SenderStanding.values()) {
			Ineligible group = f.ineligible(standing);
			if (group.items() > 0 || standing != SenderStanding.LISTED_SINCE) {
				parts.add(number(group.items()) + " bưu gửi của " + number(group.senders()) + " đơn vị gửi "
						+ standing.label());
			}
		}
		return String.join(", ", parts);
	}

	private String norm(ReportPeriod period, String scope, String urgency) {
		return NormText.of(this.norms, period, scope, urgency);
	}

	private String shortNorm(ReportPeriod period, String scope, String urgency) {
		return norm(period, scope, urgency).replace(" ngày làm việc", "").replace("Theo giờ hẹn với người gửi",
				"Giờ hẹn");
	}

	/** @return e.g. {@code Thường 1.200 (80,0%), Hỏa tốc 300 (20,0%)} */
	private static String shares(List<String> codes, Map<String, long[]> cells, long all,
			Function<String, String> label) {
		return codes.stream()
			.map((code) -> {
				long items = cells.getOrDefault(code, new long[2])[0];
				return label.apply(code).toLowerCase(VietnameseText.VIETNAMESE) + " " + number(items) + " ("
						+ percent(items, all) + ")";
			})
			.collect(Collectors.joining(", "));
	}

}
