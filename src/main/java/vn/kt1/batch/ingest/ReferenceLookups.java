package vn.kt1.batch.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reference lists as the loaders need them, read again only when they changed. A
 * national inbox is thousands of small files against 18,612 agencies: reading the lists for
 * each file read 250 million rows in a night; a fingerprint (counts and latest import of each
 * list) costs one small query, asked once per transaction: a group of files loads in one
 * transaction, which sees the lists as they were at its first read (its snapshot, in
 * MariaDB's default isolation), so asking again for each of its files (3 ms each: 5 % of a
 * national month's ingest) could not tell anything new.
 */
@Component
public class ReferenceLookups {

	private static final String FINGERPRINT = "SELECT (SELECT COUNT(*) FROM agency), "
			+ "(SELECT COALESCE(MAX(import_id), 0) FROM agency), (SELECT COUNT(*) FROM post_office), "
			+ "(SELECT COALESCE(MAX(import_id), 0) FROM post_office)";

	private final JdbcTemplate jdbc;

	private List<Long> fingerprint;

	private ReferenceLookup lookup;

	/** The transaction's connection the fingerprint was read in, while that transaction lasts. */
	private Object checkedIn;

	ReferenceLookups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the lists as they are now */
	public synchronized ReferenceLookup current() {
		Object transaction = TransactionSynchronizationManager.isActualTransactionActive()
				? TransactionSynchronizationManager.getResource(this.jdbc.getDataSource()) : null;
		if (transaction != null && transaction == this.checkedIn) {
			return this.lookup;
		}
		this.checkedIn = transaction;
		List<Long> now = this.jdbc.queryForObject(FINGERPRINT,
				(rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
		if (!now.equals(this.fingerprint)) {
			this.lookup = ReferenceLookup.load(this.jdbc);
			this.fingerprint = now;
		}
		return this.lookup;
	}

}
