package vn.kt1.batch.estimate.workbook;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import vn.kt1.batch.estimate.EstimateRun;
import vn.kt1.batch.estimate.Notation;
import vn.kt1.batch.estimate.YearEstimator;
import vn.kt1.batch.estimate.backtest.BacktestSummary;
import vn.kt1.batch.shared.Vnd;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/** "Nguồn dữ liệu": the run, its inputs, tariff, method and parameters, one item a row. */
final class SourcesSheet {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private SourcesSheet() {
	}

	static void write(WorkbookWriter workbook, List<String> titles, EstimateRun run, BacktestSummary backtest) {
		SheetWriter sheet = workbook.sheet(EstimateWorkbook.SOURCES, titles,
				List.of(Column.text("Mục", 34), Column.text("Nội dung", 110)));
		sheet.row("Năm dự toán", String.valueOf(run.year()));
		sheet.row("Lần tính", "#" + run.id() + " (thực hiện #" + run.jobExecutionId() + " của estimateJob, bắt đầu "
				+ TIME.format(run.startedAt()) + ")");
		sheet.row("Ngày lập (asOf)", Notation.day(run.asOf()));
		sheet.row("Dữ liệu lịch sử", Notation.months(run.historyFrom(), run.historyTo()) + ", " + run.historyMonths()
				+ " tháng trọn vẹn trước ngày lập (tối đa đến 12/" + (run.year() - 1) + ")");
		sheet.row("Dự báo", run.horizonMonths() + " tháng, " + Notation.months(run.historyTo().plusMonths(1),
				YearMonth.of(run.year(), 12)) + "; dự toán là 12 tháng của năm " + run.year());
		sheet.row("Tệp đầu vào", run.inputFiles() + " tệp sản lượng của bưu điện; SHA-256 của các mã băm tệp: "
				+ run.inputDigest());
		sheet.row("Đối soát và kiểm tra dữ liệu", run.dataChecks());
		sheet.row("Bỏ qua lỗi kiểm tra dữ liệu",
				(run.overrideReason() != null) ? "Có, lý do: " + run.overrideReason() : "Không");
		sheet.row("Danh sách đơn vị", run.agencies() + " đơn vị hiệu lực trong năm " + run.year() + ", trong đó "
				+ run.peerAgencies() + " đơn vị ước theo trung vị nhóm, " + run.fewMonthAgencies()
				+ " đơn vị quy năm từ ít tháng dữ liệu");
		sheet.row("Dự toán cần xem lại", run.reviewAgencies() + " đơn vị: có dịch vụ dự báo gấp hơn "
				+ YearEstimator.REVIEW_FACTOR + " lần trung vị hoặc dưới 1/" + YearEstimator.REVIEW_FACTOR
				+ " bình quân 12 tháng gần nhất, ước từ ít tháng dữ liệu, hoặc đã dùng mà dự báo bằng 0 (cột \"Cần "
				+ "xem lại\" của trang \"" + EstimateWorkbook.DETAIL + "\", có lý do); số liệu giữ nguyên, cần người "
				+ "xem xét");
		sheet.row("Bảng giá cước", "hiệu lực từ " + versions(run.tariffVersions())
				+ "; giá của tháng là giá hiệu lực ngày 15 của tháng; đã gồm thuế GTGT"
				+ ((run.tariffNotes() != null && !run.tariffNotes().isBlank()) ? "; ghi chú: " + run.tariffNotes() : ""));
		sheet.row("Phương pháp dự báo", run.method());
		sheet.row("Cơ cấu dịch vụ và khối lượng", "mỗi dịch vụ (vùng, khẩn, mật) dự báo riêng; gộp theo nhóm (cấp × "
				+ "loại đơn vị): dự báo của nhóm chia cho đơn vị theo tỷ trọng bưu gửi của đơn vị trong nhóm "
				+ "(tối đa 24 tháng dùng gần nhất); đơn giá bình quân của dịch vụ = giá năm " + run.year()
				+ " của từng bưu gửi trong lịch sử (của nhóm), theo khối lượng của nó");
		sheet.row("Đơn vị thiếu lịch sử", "dùng dưới " + run.minMonthsUsed()
				+ " tháng (hoặc chưa dùng): trung vị các đơn vị cùng cấp và nhóm có lịch sử (không có thì cùng cấp, "
				+ "rồi toàn bộ), nhân với tỷ lệ ngày hiệu lực trong năm; đơn vị đã dùng mà không có trung vị nào "
				+ "(hoặc trung vị bằng 0): quy năm từ các tháng đã có, theo mùa vụ của tỉnh khi có từ 2 năm dữ "
				+ "liệu và mùa vụ rõ, không thì theo tỷ lệ thời gian; đánh dấu cần xem lại");
		sheet.row("Hiệu lực trong năm", "tháng đơn vị không còn (hoặc chưa) hiệu lực tính 0, tháng hiệu lực một phần "
				+ "tính theo số ngày");
		sheet.row("Dự phòng và hệ số", run.events() + " (hệ số chung " + Notation.decimal(run.eventFactor()) + ")");
		sheet.row("Làm tròn", "dự toán từng đơn vị làm tròn lên nghìn đồng; tổng là tổng các đơn vị");
		sheet.row("Tổng dự toán", Vnd.format(run.totalVnd()) + " (trước dự phòng: " + Vnd.format(run.baseVnd())
				+ "; " + Vnd.group(run.items().setScale(0, RoundingMode.HALF_UP).longValueExact()) + " bưu gửi)");
		sheet.row("Tiểu mục", run.subItem() + " \"" + run.subItemName()
				+ "\" (theo cấu hình kt1.estimate.sub-item; cần đối chiếu mục lục ngân sách hiện hành)");
		sheet.row("Kiểm định (backtest)", backtest(backtest));
		sheet.row("Khoảng 80 %", "cột \"Chi phí khoảng 80 %\" của trang \"" + EstimateWorkbook.DETAIL
				+ "\": chi phí dự báo trước dự phòng của đơn vị c, từ n bưu gửi dự báo: từ c (1 + z10 / √n) "
				+ "đến c (1 + z90 / √n), z10 và z90 là phân vị 10 % và 90 % của sai số kiểm định (thực tế − ước) / ước "
				+ "× √(bưu gửi) của các đơn vị"
				+ ((backtest != null && backtest.intervalCoverage() != null) ? "; độ phủ kiểm tra chéo "
						+ Notation.percent(backtest.intervalCoverage()) : "; không có kiểm định: không có khoảng"));
		sheet.finish();
	}

	private static String versions(String versions) {
		if (versions == null || versions.isBlank()) {
			return "—";
		}
		return Arrays.stream(versions.split(", "))
			.map((day) -> Notation.day(LocalDate.parse(day)))
			.collect(Collectors.joining(", "));
	}

	private static String backtest(BacktestSummary backtest) {
		if (backtest == null || backtest.comparedMonths() == 0) {
			return "không có: " + ((backtest != null) ? backtest.note() : "chưa tính");
		}
		return "năm " + backtest.year() + " ước từ dữ liệu " + Notation.months(backtest.historyFrom(), backtest.historyTo())
				+ ", so với thực tế " + Notation.months(backtest.comparedFrom(), backtest.comparedTo())
				+ "; xem trang \"" + EstimateWorkbook.BACKTEST + "\"";
	}

}
