package vn.kt1.batch.report.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** Reading report rows: values that may be missing. */
public final class ReportRows {

	static final String UNKNOWN_AGENCY = "(không có trong danh sách đơn vị)";

	private ReportRows() {
	}

	/** @return the number, {@code null} when SQL NULL */
	public static Long number(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** @return the agency's name, or a note when the code is not on the agency list */
	public static String agencyName(ResultSet rs, int column) throws SQLException {
		String name = rs.getString(column);
		return (name != null) ? name : UNKNOWN_AGENCY;
	}

	/** @return the time, {@code null} when SQL NULL */
	public static LocalDateTime time(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toLocalDateTime() : null;
	}

}
