package vn.kt1.batch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.time.Instant;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;

/** Puts the database and the inbox in a known state for an ingest test. */
public final class IngestTestSupport {

	static final Path REFERENCE = Path.of("src/test/resources/reference");

	static final Path FIXTURES = Path.of("src/test/resources/ingest");

	private IngestTestSupport() {
	}

	public static void reset(JdbcTemplate jdbc, ReferenceImportService reference, IngestProperties properties)
			throws IOException {
		for (String table : new String[] { "input_reject", "item_event", "usage_report", "payment_voucher" }) {
			jdbc.update("DELETE FROM " + table);
		}
		jdbc.update("UPDATE input_file SET duplicate_of = NULL");
		jdbc.update("DELETE FROM input_file");
		ReferenceTestData.clear(jdbc);
		reference.importFiles(ReferenceImport.sample(REFERENCE));
		FileSystemUtils.deleteRecursively(properties.inbox());
		Files.createDirectories(properties.inbox());
	}

	/** @return what ingest wrote, in one text: equal texts mean equal tables */
	public static String tables(JdbcTemplate jdbc) {
		return jdbc.queryForList("SELECT f.file_name, COUNT(*), SUM(e.weight_g), SUM(e.fee_vnd) FROM item_event e "
				+ "JOIN input_file f ON f.id = e.file_id GROUP BY f.file_name ORDER BY f.file_name").toString()
				+ jdbc.queryForList("SELECT agency_code, period, urgency, items, amount_vnd, current "
						+ "FROM usage_report ORDER BY agency_code, period, urgency, id")
				+ jdbc.queryForList("SELECT voucher_no, agency_code, amount_vnd FROM payment_voucher "
						+ "ORDER BY agency_code, voucher_no")
				+ jdbc.queryForList("SELECT file_name, status, rows_read, rows_loaded, rows_rejected "
						+ "FROM input_file ORDER BY file_name")
				+ jdbc.queryForList("SELECT file_id IS NOT NULL, line, column_code, reason FROM input_reject "
						+ "ORDER BY line");
	}

	/**
	 * @return every file whose rows are not all or nothing: a loaded file must have exactly the
	 * rows it says it loaded, any other none (empty when all is well)
	 */
	public static List<String> filesNotWhole(JdbcTemplate jdbc) {
		return jdbc.query("SELECT f.file_name, f.status, f.rows_loaded, "
				+ "(SELECT COUNT(*) FROM item_event e WHERE e.file_id = f.id) "
				+ "+ (SELECT COUNT(*) FROM usage_report u WHERE u.file_id = f.id) "
				+ "+ (SELECT COUNT(*) FROM payment_voucher v WHERE v.file_id = f.id) FROM input_file f "
				+ "WHERE f.kind <> 'INCIDENTS'", (rs, n) -> {
					long says = "LOADED".equals(rs.getString(2)) ? rs.getLong(3) : 0;
					long holds = rs.getLong(4);
					return (says == holds) ? null
							: rs.getString(1) + " " + rs.getString(2) + " says " + says + ", holds " + holds;
				})
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/** Copy a fixture inbox (its kind folders) into the inbox. */
	public static void deliver(String fixture, IngestProperties properties) throws IOException {
		deliverFrom(FIXTURES.resolve(fixture), properties);
	}

	/** Copy the kind folders of a directory into the inbox. */
	public static void deliverFrom(Path source, IngestProperties properties) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = properties.inbox().resolve(source.relativize(file));
				Files.createDirectories(target.getParent());
				Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				settled(target);
			}
		}
	}

	/** A time well past the inbox's quiet period, the same for every file a test delivers. */
	private static final FileTime SENT = FileTime.from(Instant.parse("2026-11-30T17:00:00Z"));

	/**
	 * Date a file as written a while ago, past the inbox's quiet period, as a file sent the
	 * day before is when the nightly run finds it.
	 * @return the file
	 */
	public static Path settled(Path file) throws IOException {
		return Files.setLastModifiedTime(file, SENT);
	}

	/** Copy one throughput file of the {@code basic} fixture into the inbox. */
	public static void deliverThroughput(String fileName, IngestProperties properties) throws IOException {
		Path target = properties.inbox().resolve("throughput").resolve(fileName);
		Files.createDirectories(target.getParent());
		Files.copy(FIXTURES.resolve("basic/throughput").resolve(fileName), target, StandardCopyOption.REPLACE_EXISTING);
		settled(target);
	}

	/** Make every load fail part-way, as a crash would, until the faults are cleared. */
	public static void failEveryLoad(IngestFaults faults) {
		faults.set((file, rows) -> {
			throw new IllegalStateException("injected failure in " + file);
		});
	}

	/** Write one file into an inbox folder. */
	static Path deliver(IngestProperties properties, InputKind kind, String name, String content)
			throws IOException {
		Path target = properties.inbox().resolve(kind.folder()).resolve(name);
		Files.createDirectories(target.getParent());
		return settled(Files.writeString(target, content));
	}

}
