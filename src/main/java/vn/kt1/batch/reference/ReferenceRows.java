package vn.kt1.batch.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import vn.kt1.batch.shared.AdminCodes;
import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/** Maps one row of each reference list to its record, checking each field on its own. */
final class ReferenceRows {

	private static final Map<String, String> LEVELS = Map.of("tinh", "TINH", "captinh", "TINH", "khuvuc", "KHU_VUC",
			"xa", "XA", "capxa", "XA", "phuong", "XA", "dacbiet", "DAC_BIET", "dackhu", "DAC_BIET");

	private static final Map<String, String> COMPONENTS = Map.of("cuocchinh", "CUOC_CHINH", "ht", "HT", "hoatoc", "HT",
			"hg", "HG", "hengio", "HG", "a", "A", "b", "B", "c", "C");

	private static final Map<String, String> ZONES = Map.of("noitinh", "NOI_TINH", "lientinh", "LIEN_TINH");

	private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

	private ReferenceRows() {
	}

	static Agency agency(RowFields row) {
		String code = row.required("ma_don_vi", (v) -> digits(v, 7, "agency code"));
		String name = row.required("ten_don_vi", ReferenceRows::text);
		String level = row.required("cap", (v) -> FieldParsers.enumCode(v, LEVELS));
		String category = row.required("nhom", ReferenceRows::category);
		String province = row.required("ma_tinh", (v) -> AdminCodes.province(digits(v, 1, 2, "province code")));
		String commune = row.optional("ma_xa", (v) -> AdminCodes.commune(digits(v, 1, 5, "commune code")));
		LocalDate from = row.optional("hieu_luc_tu", FieldParsers::date);
		LocalDate to = row.optional("hieu_luc_den", FieldParsers::date);
		if (from != null && to != null && to.isBefore(from)) {
			row.fail("hieu_luc_den", "valid-to " + to + " is before valid-from " + from);
		}
		return new Agency(code, name, level, category, province, commune, from, to);
	}

	static PostOffice postOffice(RowFields row) {
		String code = row.required("ma_buu_cuc", (v) -> digits(v, 6, "post office code"));
		String name = row.required("ten_buu_cuc", ReferenceRows::text);
		String commune = row.required("ma_xa", (v) -> AdminCodes.commune(digits(v, 1, 5, "commune code")));
		return new PostOffice(code, name, commune);
	}

	static TariffPrice tariffPrice(RowFields row) {
		String component = row.required("thanh_phan", (v) -> FieldParsers.enumCode(v, COMPONENTS));
		String zone = row.optional("vung", (v) -> FieldParsers.enumCode(v, ZONES));
		Integer from = row.optional("khoi_luong_tu_g", FieldParsers::integer);
		Integer to = row.optional("khoi_luong_den_g", FieldParsers::integer);
		Integer step = row.optional("buoc_them_g", FieldParsers::integer);
		Long stepPrice = row.optionalMoney(row.indexOf("gia_buoc_them_vnd"));
		Long price = row.requiredMoney(row.indexOf("gia_vnd"));
		BigDecimal vat = row.required("thue_gtgt_phan_tram", ReferenceRows::percent);
		LocalDate validFrom = row.required("hieu_luc_tu", FieldParsers::date);
		LocalDate validTo = row.optional("hieu_luc_den", FieldParsers::date);
		TariffRowRules.check(row, component, zone, from, to, step, stepPrice, price, validFrom, validTo);
		if (!row.errors().isEmpty()) {
			return null;
		}
		boolean base = "CUOC_CHINH".equals(component);
		return new TariffPrice(component, base ? zone : "", base ? from : 0, base ? to : null, step, stepPrice, price,
				vat, validFrom, validTo, row.raw("ghi_chu"));
	}

	static String digits(String value, int length, String what) {
		return digits(value, length, length, what);
	}

	static String digits(String value, int min, int max, String what) {
		String code = FieldParsers.code(value);
		if (code.length() < min || code.length() > max || !code.chars().allMatch(Character::isDigit)) {
			String size = (min == max) ? String.valueOf(max) : min + " to " + max;
			throw new FieldException(what + " must be " + size + " digits, not '" + value + "'");
		}
		return code;
	}

	private static String text(String value) {
		String text = value.strip();
		if (text.length() > 255) {
			throw new FieldException("longer than 255 characters");
		}
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
	}

	private static String category(String value) {
		String code = value.strip().toUpperCase(java.util.Locale.ROOT);
		if (!CATEGORY.matcher(code).matches()) {
			throw new FieldException("category must be a code such as UBND or CONG_AN, not '" + value + "'");
		}
		return code;
	}

	private static BigDecimal percent(String value) {
		try {
			BigDecimal percent = new BigDecimal(value.strip().replace(',', '.').replace("%", "").strip());
			if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new FieldException("VAT percent must be between 0 and 100, not '" + value + "'");
			}
			return percent;
		}
		catch (NumberFormatException ex) {
			throw new FieldException("not a percentage: '" + value + "'");
		}
	}

}
