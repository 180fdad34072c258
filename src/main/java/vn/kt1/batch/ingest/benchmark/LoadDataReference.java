package vn.kt1.batch.ingest.benchmark;

import java.nio.file.Path;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server's own speed, the reference of the benchmarks: a canonical throughput CSV (the
 * ingest benchmark's layout) loaded with MariaDB's {@code LOAD DATA LOCAL INFILE} into a
 * scratch table {@code bench_load}, made for the load and dropped after it.
 */
final class LoadDataReference {

	/** The same rows into a table of the same shape (columns, keys, indexes) as {@code item_event}. */
	private static final String SAME_TABLE = "CREATE TABLE bench_load LIKE item_event";

	private static final String SAME_TABLE_LOAD = "LOAD DATA LOCAL INFILE '%s' INTO TABLE bench_load "
			+ "CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' IGNORE 1 LINES (barcode, accepted_at, post_office_code, "
			+ "sender_code, receiver_code, urgency, secrecy, item_type, weight_g, fee_vnd, status, @due, @delivered) "
			+ "SET file_id = 1, line = (@n := @n + 1), status_rank = 1, due_at = NULLIF(@due, ''), "
			+ "delivered_at = NULLIF(@delivered, ''), sender_eligible = 1";

	/** A table of text columns with only a primary key: what parsing and moving the rows cost at least. */
	private static final String PLAIN_TABLE = "CREATE TABLE bench_load (line BIGINT NOT NULL PRIMARY KEY, c1 TEXT, "
			+ "c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT, c6 TEXT, c7 TEXT, c8 TEXT, c9 TEXT, c10 TEXT, c11 TEXT, c12 TEXT, "
			+ "c13 TEXT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

	private static final String PLAIN_TABLE_LOAD = "LOAD DATA LOCAL INFILE '%s' INTO TABLE bench_load "
			+ "CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' IGNORE 1 LINES (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, "
			+ "c11, c12, c13) SET line = (@n := @n + 1)";

	/** One load: the seconds it took and the rows the table then held. */
	record Load(double seconds, long rows) {
	}

	private final JdbcTemplate jdbc;

	LoadDataReference(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the load of {@code csv} into a table like {@code item_event} */
	Load likeItemEvent(Path csv) {
		return load(csv, SAME_TABLE, SAME_TABLE_LOAD);
	}

	/** @return the load of {@code csv} into a table of text columns with only a primary key */
	Load plainTable(Path csv) {
		return load(csv, PLAIN_TABLE, PLAIN_TABLE_LOAD);
	}

	private Load load(Path csv, String table, String load) {
		return this.jdbc.execute((ConnectionCallback<Load>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS bench_load");
				statement.execute(table);
				statement.execute("SET @n = 0");
				long start = System.nanoTime();
				statement.execute(String.format(load, csv.toAbsolutePath().toString().replace("'", "''")));
				double seconds = (System.nanoTime() - start) / 1e9;
				long rows;
				try (var count = statement.executeQuery("SELECT COUNT(*) FROM bench_load")) {
					count.next();
					rows = count.getLong(1);
				}
				statement.execute("DROP TABLE bench_load");
				return new Load(seconds, rows);
			}
		});
	}

}
