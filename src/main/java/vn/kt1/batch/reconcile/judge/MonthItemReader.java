package vn.kt1.batch.reconcile.judge;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Streams the items accepted in a month, one per barcode, folding its events: the fixed
 * fields, the latest state and the delivery or return time.
 */
@Component
public class MonthItemReader {

	private static final String SQL = """
			SELECT barcode, MIN(accepted_at), MIN(post_office_code), MIN(sender_code), MIN(receiver_code),
			       MIN(urgency), MIN(secrecy), MIN(item_type), MIN(weight_g), MIN(fee_vnd), MAX(due_at),
			       MIN(CASE WHEN status IN ('DA_PHAT', 'CHUYEN_HOAN') THEN delivered_at END),
			       MAX(status = 'DANG_PHAT'), MAX(status = 'DA_PHAT'), MAX(status = 'CHUYEN_HOAN'),
			       MAX(status = 'THAT_LAC'), MIN(sender_eligible)
			  FROM item_event
			 WHERE accepted_at >= ? AND accepted_at < ?
			 GROUP BY barcode
			""";

	private final JdbcTemplate jdbc;

	MonthItemReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param month the acceptance month
	 * @param consumer receives each item
	 */
	public void forEach(YearMonth month, Consumer<MonthItem> consumer) {
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(SQL);
			statement.setTimestamp(1, Timestamp.valueOf(month.atDay(1).atStartOfDay()));
			statement.setTimestamp(2, Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()));
			statement.setFetchSize(1000);
			return statement;
		}, (ResultSet rs) -> {
			consumer.accept(item(rs));
		});
	}

	private static MonthItem item(ResultSet rs) throws SQLException {
		String state = rs.getBoolean(16) ? "THAT_LAC" : rs.getBoolean(15) ? "CHUYEN_HOAN"
				: rs.getBoolean(14) ? "DA_PHAT" : rs.getBoolean(13) ? "DANG_PHAT" : "CHAP_NHAN";
		return new MonthItem(rs.getString(1), time(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getLong(10), time(rs, 11),
				time(rs, 12), state, rs.getBoolean(17));
	}

	private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toLocalDateTime() : null;
	}

}
