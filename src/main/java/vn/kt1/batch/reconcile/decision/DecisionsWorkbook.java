package vn.kt1.batch.reconcile.decision;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * The decisions workbook of a month ({@code kt1 export exceptions}): one sheet, one row per
 * flagged agency-month and per item exception of the month's current run, with the figures,
 * the row's key, month and fingerprint (read back on import), and the decision columns, filled
 * with the standing decisions that still apply. The import reads the first sheet only, so
 * everything is on it.
 */
@Component
public class DecisionsWorkbook {

	static final String SHEET = "Quyết định";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Where the decision column is, for its list of codes. */
	private static final int DECISION_COLUMN = 12;

	private final MonthRows months;

	private final DecisionStore store;

	private final JdbcTemplate jdbc;

	DecisionsWorkbook(MonthRows months, DecisionStore store, JdbcTemplate jdbc) {
		this.months = months;
		this.store = store;
		this.jdbc = jdbc;
	}

	/**
	 * @return the month's current run and the number of rows written, or {@code null} when the
	 * month has no completed run
	 */
	public long[] write(YearMonth month, Path out) throws IOException {
		Long run = this.months.currentRun(month).orElse(null);
		if (run == null) {
			return null;
		}
		LocalDate asOf = this.jdbc.queryForObject("SELECT as_of FROM reconcile_run WHERE id = ?", LocalDate.class, run);
		Map<String, Decision> decided = this.store.standing(month)
			.stream()
			.collect(Collectors.toMap(Decision::key, Function.identity()));
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SheetWriter sheet = workbook.sheet(SHEET, titles(month, run, asOf), columns());
			for (DecidableRow row : this.months.rows(run).values()) {
				Decision decision = decided.get(row.key());
				boolean applies = decision != null && decision.fingerprint().equals(row.fingerprint());
				sheet.row(row.key(), month.toString(), row.fingerprint(), row.agencyCode(), row.agencyName(),
						row.barcode(), row.what(), row.reason(), row.poFees(), row.expectedFees(), row.reported(),
						row.paid(), applies ? decision.code().name() : null, applies ? decision.amount() : null,
						applies ? decision.note() : null);
			}
			int rows = sheet.rows();
			sheet.finish();
			codeList(workbook.workbook().getSheet(SHEET), sheet.lastRow() - rows + 1, sheet.lastRow());
			workbook.save(out);
			return new long[] { run, rows };
		}
	}

	private static List<String> titles(YearMonth month, long run, LocalDate asOf) {
		return List.of("QUYẾT ĐỊNH VỀ KẾT QUẢ ĐỐI SOÁT THÁNG " + month.getMonthValue() + "/" + month.getYear(),
				"Lượt đối soát #" + run + ", dữ liệu đến ngày " + DAY.format(asOf.minusDays(1))
						+ ". Cột Quyết định: CHAP_NHAN (chấp nhận), DIEU_CHINH (điều chỉnh: ghi số tiền, âm nếu giảm), "
						+ "KHIEU_NAI (khiếu nại); Ghi chú tùy ý.",
				"Giữ nguyên ba cột Mã dòng, Tháng, Dấu kiểm. Được sắp xếp, lọc, chèn dòng trống. "
						+ "Nhập lại: kt1 import decisions <tệp>.xlsx");
	}

	private static List<Column> columns() {
		return List.of(Column.text("Mã dòng", 32), Column.text("Tháng", 8), Column.text("Dấu kiểm", 11),
				Column.text("Mã đơn vị", 10), Column.text("Tên đơn vị", 30), Column.text("Mã bưu gửi", 15),
				Column.text("Nội dung", 40), Column.text("Lý do", 50), Column.money("Cước bưu điện (đ)"),
				Column.money("Cước theo biểu giá (đ)"), Column.money("Đơn vị báo cáo (đ)"),
				Column.money("Đã thanh toán (đ)"), Column.text("Quyết định", 13), Column.money("Số tiền điều chỉnh (đ)"),
				Column.text("Ghi chú", 36));
	}

	/** A drop-down of the decision codes (typing another value is still allowed, and checked on import). */
	private static void codeList(Sheet sheet, int firstRow, int lastRow) {
		if (lastRow < firstRow) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation list = helper.createValidation(helper.createExplicitListConstraint(
				new String[] { "CHAP_NHAN", "DIEU_CHINH", "KHIEU_NAI" }),
				new CellRangeAddressList(firstRow, lastRow, DECISION_COLUMN, DECISION_COLUMN));
		list.setShowErrorBox(false);
		sheet.addValidationData(list);
	}

}
