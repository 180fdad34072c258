package vn.kt1.batch.reference;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the reference tables between tests. */
public final class ReferenceTestData {

	private ReferenceTestData() {
	}

	public static void clear(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM agency");
		jdbc.update("DELETE FROM post_office");
		jdbc.update("DELETE FROM tariff_price");
		jdbc.update("DELETE FROM reference_import");
	}

}
