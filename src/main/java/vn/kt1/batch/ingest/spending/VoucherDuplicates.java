package vn.kt1.batch.ingest.spending;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.shared.input.TableRows;

/**
 * Finds the vouchers of a file that were seen before (docs/inputs.md section 4: agency and voucher
 * number are unique), with the database as the judge: the file's vouchers go into a
 * temporary table of the same collation as {@code payment_voucher}'s unique key, so that two
 * numbers are the same voucher here exactly when the unique key says so (case, accents and
 * trailing spaces included), and no duplicate can reach the key and stop the load.
 */
final class VoucherDuplicates {

	private static final String CREATE = "CREATE TEMPORARY TABLE IF NOT EXISTS voucher_check (line BIGINT NOT NULL "
			+ "PRIMARY KEY, agency_code CHAR(7) NOT NULL, voucher_no VARCHAR(50) NOT NULL, "
			+ "INDEX voucher_check_ix (agency_code, voucher_no)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 "
			+ "COLLATE=utf8mb4_unicode_ci";

	private final JdbcTemplate jdbc;

	VoucherDuplicates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return how the earlier voucher was written, when it was written otherwise */
	private static String as(String number, String earlier) {
		return number.equals(earlier) ? "" : " as '" + earlier + "'";
	}

	/** @return for each line that repeats a voucher, where the voucher was seen before */
	Map<Long, String> find(List<TableRows.Parsed<Voucher>> rows) {
		Map<Long, String> seen = new HashMap<>();
		if (rows.isEmpty()) {
			return seen;
		}
		this.jdbc.execute(CREATE);
		this.jdbc.update("DELETE FROM voucher_check");
		this.jdbc.batchUpdate("INSERT INTO voucher_check (line, agency_code, voucher_no) VALUES (?, ?, ?)", rows, 1000,
				(ps, row) -> {
					ps.setLong(1, row.line());
					ps.setString(2, row.value().agency());
					ps.setString(3, row.value().number());
				});
		this.jdbc.query("SELECT c.line, c.voucher_no, f.file_name, v.line, v.voucher_no FROM voucher_check c "
				+ "JOIN payment_voucher v ON v.agency_code = c.agency_code AND v.voucher_no = c.voucher_no "
				+ "JOIN input_file f ON f.id = v.file_id", (rs) -> {
					seen.putIfAbsent(rs.getLong(1), "already loaded" + as(rs.getString(2), rs.getString(5)) + " from "
							+ rs.getString(3) + " line " + rs.getLong(4));
				});
		this.jdbc.query("SELECT line, voucher_no, first_line, first_no FROM (SELECT line, voucher_no, "
				+ "FIRST_VALUE(line) OVER (PARTITION BY agency_code, voucher_no ORDER BY line) first_line, "
				+ "FIRST_VALUE(voucher_no) OVER (PARTITION BY agency_code, voucher_no ORDER BY line) first_no "
				+ "FROM voucher_check) w WHERE line <> first_line", (rs) -> {
					seen.putIfAbsent(rs.getLong(1), "already at line " + rs.getLong(3) + " of this file"
							+ as(rs.getString(2), rs.getString(4)));
				});
		this.jdbc.update("DELETE FROM voucher_check");
		return seen;
	}

}
