package vn.kt1.batch.reconcile.decision;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.kt1.batch.shared.input.RowFields;
import vn.kt1.batch.shared.tabular.Codes;
import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;
import vn.kt1.batch.shared.tabular.HeaderNames;

import static vn.kt1.batch.reconcile.decision.DecisionTemplate.AMOUNT;
import static vn.kt1.batch.reconcile.decision.DecisionTemplate.DECISION;
import static vn.kt1.batch.reconcile.decision.DecisionTemplate.FINGERPRINT;
import static vn.kt1.batch.reconcile.decision.DecisionTemplate.KEY;
import static vn.kt1.batch.reconcile.decision.DecisionTemplate.MONTH;
import static vn.kt1.batch.reconcile.decision.DecisionTemplate.NOTE;

/**
 * Checks the fields of one row of a decisions workbook. A row with no decision, amount or note
 * is not decided and is left out (whatever else it holds); a decided row needs its key, month
 * and fingerprint as exported, a known decision, an amount with an adjustment and only then.
 */
final class DecisionRows {

	static final int NOTE_LIMIT = 1000;

	private static final Pattern KEY_SHAPE = Pattern.compile("A:[^:\\s]+|E:[A-Z_]+:[A-Z0-9]+");

	private static final Pattern FINGERPRINT_SHAPE = Pattern.compile("[0-9a-f]{" + DecidableRow.FINGERPRINT_LENGTH
			+ "}");

	/** @return the decided row, or {@code null}: not decided, or its errors recorded in {@code row} */
	DecisionLine parse(RowFields row) {
		if (row.raw(DECISION) == null && row.raw(AMOUNT) == null && row.raw(NOTE) == null) {
			return null;
		}
		String key = row.required(KEY, DecisionRows::key);
		YearMonth month = row.required(MONTH, (v) -> FieldParsers.period(v, row.dateCell(MONTH)));
		String fingerprint = row.required(FINGERPRINT, DecisionRows::fingerprint);
		String code = row.raw(DECISION);
		DecisionCode decision = (code != null) ? row.required(DECISION, DecisionRows::code)
				: row.fail(DECISION, "có số tiền hoặc ghi chú nhưng không có quyết định (CHAP_NHAN, DIEU_CHINH, KHIEU_NAI)");
		Long amount = row.optionalMoney(AMOUNT);
		String note = row.optional(NOTE, DecisionRows::note);
		if (decision == DecisionCode.DIEU_CHINH && amount == null && row.raw(AMOUNT) == null) {
			row.fail(AMOUNT, "điều chỉnh (DIEU_CHINH) cần số tiền điều chỉnh, âm nếu giảm");
		}
		else if (decision == DecisionCode.DIEU_CHINH && amount != null && amount == 0) {
			row.fail(AMOUNT, "số tiền điều chỉnh là 0: chọn CHAP_NHAN nếu không điều chỉnh");
		}
		else if (decision != null && decision != DecisionCode.DIEU_CHINH && row.raw(AMOUNT) != null) {
			row.fail(AMOUNT, "chỉ điều chỉnh (DIEU_CHINH) có số tiền; " + decision.name() + " thì để trống");
		}
		return row.valid() ? new DecisionLine(row.line(), key, month, fingerprint, decision, amount, note) : null;
	}

	private static String key(String value) {
		String key = value.strip();
		if (!KEY_SHAPE.matcher(key).matches()) {
			throw new FieldException("mã dòng '" + clip(value) + "' không phải mã do kt1 export exceptions ghi "
					+ "(A:<mã đơn vị> hoặc E:<loại>:<mã bưu gửi>)");
		}
		return key;
	}

	private static String fingerprint(String value) {
		String fingerprint = value.strip().toLowerCase(Locale.ROOT);
		if (!FINGERPRINT_SHAPE.matcher(fingerprint).matches()) {
			throw new FieldException("dấu kiểm '" + clip(value) + "' không phải dấu do kt1 export exceptions ghi");
		}
		return fingerprint;
	}

	private static DecisionCode code(String value) {
		String code = DecisionCode.ALIASES.get(HeaderNames.normalize(value));
		if (code == null) {
			throw new FieldException("quyết định '" + clip(value) + "' không có; chọn CHAP_NHAN (chấp nhận), "
					+ "DIEU_CHINH (điều chỉnh, kèm số tiền) hoặc KHIEU_NAI (khiếu nại)");
		}
		return DecisionCode.valueOf(code);
	}

	private static String note(String value) {
		String note = Normalizer.normalize(Codes.stripInvisible(value), Normalizer.Form.NFC).strip();
		if (note.length() > NOTE_LIMIT) {
			throw new FieldException("ghi chú dài hơn " + NOTE_LIMIT + " ký tự");
		}
		return note;
	}

	private static String clip(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "…";
	}

}
