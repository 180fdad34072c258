package vn.kt1.batch.reconcile.decision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.shared.input.TableRows;
import vn.kt1.batch.shared.tabular.TabularFormatException;

/**
 * Imports a decisions workbook all or nothing: every row is read and checked against the
 * month's current reconciliation run first, every error listed by sheet row and column; only a
 * workbook without errors is stored, in one transaction, with who and when. The import is
 * audited, a refusal too. A decision the same as the row's standing one changes nothing, so a
 * workbook imported twice stores its decisions once; a different one replaces it (kept).
 */
@Service
class DecisionImport {

	private final MonthRows months;

	private final DecisionStore store;

	private final AdminAudit audit;

	private final TransactionTemplate transaction;

	DecisionImport(MonthRows months, DecisionStore store, AdminAudit audit, PlatformTransactionManager transactions) {
		this.months = months;
		this.store = store;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @param file a decisions workbook written by {@code kt1 export exceptions}
	 * @param month the month the workbook must be of, or {@code null} for the month of its rows
	 * @return the one line of what was stored
	 * @throws DecisionImportException listing every error; then nothing is stored
	 */
	String importFile(Path file, YearMonth month) {
		String name = file.getFileName().toString();
		return this.audit.audited("import decisions", name, (month != null) ? "month " + month : null,
				() -> this.transaction.execute((status) -> check(file, name, month).store(name)));
	}

	private Checked check(Path file, String name, YearMonth asked) {
		if (!Files.isRegularFile(file)) {
			throw refused(new InputError(name, 0, null, "không tìm thấy tệp " + file.toAbsolutePath()));
		}
		if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			throw refused(new InputError(name, 0, null, "sổ quyết định là tệp .xlsx do kt1 export exceptions ghi, "
					+ "sửa và lưu lại dưới dạng .xlsx"));
		}
		TableRows<DecisionLine> table = TableRows.read(file, DecisionTemplate.DECISIONS, new DecisionRows()::parse);
		List<InputError> errors = new ArrayList<>();
		if (table.failure() != null) {
			TabularFormatException failure = table.failure();
			throw refused(new InputError(name, failure.line(), failure.column(), failure.reason()));
		}
		table.bad().forEach((row) -> errors.addAll(row.errors()));
		List<DecisionLine> lines = table.rows().stream().map(TableRows.Parsed::value).toList();
		YearMonth month = (asked != null) ? asked : monthOf(lines);
		if (errors.isEmpty() && month == null) {
			throw refused(new InputError(name, 0, null, "không có quyết định nào trong tệp (cột Quyết định trống)"));
		}
		Long run = (month != null) ? this.months.currentRun(month).orElse(null) : null;
		if (month != null && run == null) {
			throw refused(new InputError(name, 0, null, "tháng " + month + " chưa có lần đối soát hoàn thành"));
		}
		Map<String, DecidableRow> rows = (run != null) ? this.months.rows(run) : Map.of();
		Map<String, Long> seen = new HashMap<>();
		for (DecisionLine line : lines) {
			InputError error = check(name, line, month, run, rows, seen);
			if (error != null) {
				errors.add(error);
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingLong(InputError::line));
			throw new DecisionImportException(errors);
		}
		return new Checked(month, run, lines, rows);
	}

	private static InputError check(String name, DecisionLine line, YearMonth month, long run,
			Map<String, DecidableRow> rows, Map<String, Long> seen) {
		if (!line.month().equals(month)) {
			return new InputError(name, line.sheetRow(), "thang", "dòng của tháng " + line.month()
					+ ", sổ này là của tháng " + month + ": mỗi tháng một sổ");
		}
		Long first = seen.putIfAbsent(line.key(), line.sheetRow());
		if (first != null) {
			return new InputError(name, line.sheetRow(), "ma_dong", "mã dòng " + line.key() + " đã có ở dòng " + first
					+ ": mỗi dòng một quyết định");
		}
		DecidableRow row = rows.get(line.key());
		if (row == null) {
			return new InputError(name, line.sheetRow(), "ma_dong", "mã dòng " + line.key()
					+ " không có trong lần đối soát hiện tại #" + run + " của tháng " + month
					+ " (dòng lạ, hoặc không còn sau khi đối soát lại): xuất lại sổ");
		}
		if (!row.fingerprint().equals(line.fingerprint())) {
			return new InputError(name, line.sheetRow(), "dau_kiem", "số liệu của dòng " + line.key()
					+ " đã thay đổi từ khi xuất sổ (tháng được đối soát lại, lần hiện tại #" + run
					+ "): xuất lại sổ và quyết định trên số liệu mới");
		}
		return null;
	}

	/**
	 * @return the month most decided rows name (the first of them on a tie), so that a row of
	 * another month pasted in is the one told, or {@code null} without rows
	 */
	private static YearMonth monthOf(List<DecisionLine> lines) {
		Map<YearMonth, Long> counts = lines.stream()
			.collect(Collectors.groupingBy(DecisionLine::month, java.util.LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	private static DecisionImportException refused(InputError error) {
		return new DecisionImportException(List.of(error));
	}

	/** A workbook that passed every check, ready to store. */
	private final class Checked {

		private final YearMonth month;

		private final long run;

		private final List<DecisionLine> lines;

		private final Map<String, DecidableRow> rows;

		Checked(YearMonth month, long run, List<DecisionLine> lines, Map<String, DecidableRow> rows) {
			this.month = month;
			this.run = run;
			this.lines = lines;
			this.rows = rows;
		}

		String store(String name) {
			DecisionStore store = DecisionImport.this.store;
			Map<String, Decision> standing = store.standing(this.month)
				.stream()
				.collect(Collectors.toMap(Decision::key, Function.identity()));
			LocalDateTime now = LocalDateTime.now();
			String by = who();
			int added = 0;
			int replaced = 0;
			for (DecisionLine line : this.lines) {
				DecidableRow row = this.rows.get(line.key());
				Decision earlier = standing.get(line.key());
				if (earlier != null && earlier.sameAs(line.code(), line.amount(), line.note(), row.fingerprint())) {
					continue;
				}
				if (earlier != null) {
					store.replace(earlier.id(), now);
					replaced++;
				}
				else {
					added++;
				}
				store.insert(this.month, row, this.run, line, by, now, name);
			}
			return String.format(Locale.ROOT, "tháng %s (lần đối soát #%d): %d quyết định, %d mới, %d thay thế, "
					+ "%d không đổi", this.month, this.run, this.lines.size(), added, replaced,
					this.lines.size() - added - replaced);
		}

	}

	private static String who() {
		String web = AdminAudit.webUser();
		return (web != null) ? web : System.getProperty("user.name");
	}

}
