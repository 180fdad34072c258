package vn.kt1.batch.estimate.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.kt1.batch.estimate.Basis;
import vn.kt1.batch.shared.code.AgencyCategory;
import vn.kt1.batch.shared.code.AgencyLevel;
import vn.kt1.batch.shared.code.Code;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.xlsx.CellKind;
import vn.kt1.batch.shared.xlsx.Column;
import vn.kt1.batch.shared.xlsx.SheetWriter;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * "Tổng hợp": per level (a bold row with its subtotal) the categories of Appendix II, then
 * the grand total.
 */
final class SummarySheet {

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI" };

	private SummarySheet() {
	}

	static void write(WorkbookWriter workbook, List<String> titles, List<AgencyRow> agencies) {
		SheetWriter sheet = workbook.sheet(EstimateWorkbook.SUMMARY, titles,
				List.of(Column.text("STT", 6), Column.text("Cấp / nhóm đơn vị", 44), Column.integer("Số đơn vị"),
						new Column("Trong đó: ước theo nhóm hoặc ít tháng", CellKind.INTEGER, 16), Column.integer("Bưu gửi dự báo"),
						Column.money("Dự toán (đồng)")));
		Map<String, List<AgencyRow>> byLevel = agencies.stream()
			.collect(Collectors.groupingBy(AgencyRow::level, () -> new TreeMap<>(order(AgencyLevel.class)),
					Collectors.toList()));
		int level = 0;
		for (Map.Entry<String, List<AgencyRow>> levelRows : byLevel.entrySet()) {
			List<AgencyRow> rows = levelRows.getValue();
			sheet.totalRow(total(ROMAN[level++], AgencyLevel.label(levelRows.getKey()), rows));
			Map<String, List<AgencyRow>> byCategory = rows.stream()
				.collect(Collectors.groupingBy(AgencyRow::category, () -> new TreeMap<>(order(AgencyCategory.class)),
						Collectors.toList()));
			int category = 1;
			for (Map.Entry<String, List<AgencyRow>> group : byCategory.entrySet()) {
				sheet.row(total(String.valueOf(category++), AgencyCategory.label(group.getKey()), group.getValue()));
			}
		}
		sheet.totalRow(total("", "TỔNG CỘNG", agencies));
		sheet.finish();
	}

	/** @return codes in the kind's table order, others after them by code */
	private static <E extends Enum<E> & Code> Comparator<String> order(Class<E> kind) {
		return Comparator.comparingInt((String code) -> Codes.rank(kind, code)).thenComparing(Comparator.naturalOrder());
	}

	private static Object[] total(String number, String label, List<AgencyRow> rows) {
		BigDecimal items = rows.stream().map(AgencyRow::items).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Object[] { number, label, rows.size(), rows.stream().filter((r) -> r.basis() != Basis.HISTORY).count(),
				items.setScale(0, RoundingMode.HALF_UP).longValueExact(),
				rows.stream().mapToLong(AgencyRow::amountVnd).sum() };
	}

}
