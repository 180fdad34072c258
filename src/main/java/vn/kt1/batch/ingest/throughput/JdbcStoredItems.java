package vn.kt1.batch.ingest.throughput;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Looks up the items that earlier (committed) files loaded, on a connection of its own so
 * that it can run while the current file streams into the database.
 */
class JdbcStoredItems implements StoredItems, AutoCloseable {

	private final Connection connection;

	JdbcStoredItems(DataSource dataSource) throws SQLException {
		this.connection = dataSource.getConnection();
		this.connection.setReadOnly(true);
	}

	@Override
	public Map<String, StoredItem> find(Collection<String> barcodes) throws SQLException {
		Map<String, StoredItem> found = new HashMap<>();
		if (barcodes.isEmpty()) {
			return found;
		}
		String sql = "SELECT barcode, status, status_rank, accepted_at, post_office_code, sender_code, receiver_code, "
				+ "urgency, secrecy, item_type, weight_g, fee_vnd FROM item_event WHERE barcode IN ("
				+ "?,".repeat(barcodes.size() - 1) + "?)";
		try (PreparedStatement query = this.connection.prepareStatement(sql)) {
			int i = 1;
			for (String barcode : barcodes) {
				query.setString(i++, barcode);
			}
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					StoredItem item = read(rs);
					found.merge(item.fixed().barcode(), item, (a, b) -> (a.rank() >= b.rank()) ? a : b);
				}
			}
		}
		return found;
	}

	private static StoredItem read(ResultSet rs) throws SQLException {
		Timestamp accepted = rs.getTimestamp(4);
		ItemEvent fixed = new ItemEvent(rs.getString(1), rs.getString(2), accepted.toLocalDateTime(),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getInt(11), rs.getLong(12), null, null, true);
		return new StoredItem(rs.getString(2), rs.getInt(3), fixed);
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
