package vn.kt1.batch;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void flywayCreatedBatchQuartzAndReferenceTables() {
		assertThat(this.jdbc.queryForList("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = DATABASE()", String.class))
			.contains("BATCH_JOB_INSTANCE", "BATCH_STEP_EXECUTION_CONTEXT", "QRTZ_TRIGGERS", "QRTZ_LOCKS", "agency",
					"tariff_price", "item_event", "input_file");
		assertThat(this.jdbc.queryForList("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = DATABASE() AND table_type = 'SEQUENCE'", String.class))
			.contains("BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_INSTANCE_SEQ", "BATCH_STEP_EXECUTION_SEQ");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1",
				Integer.class)).isGreaterThanOrEqualTo(5);
	}

	@Test
	void officialAdminUnitsAreLoaded() {
		assertThat(count("province")).isEqualTo(34);
		assertThat(count("commune")).isEqualTo(3321);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM commune WHERE province_code = '82'", Integer.class))
			.isEqualTo(102);
		assertThat(this.jdbc.queryForObject("SELECT name FROM commune WHERE code = '00004'", String.class))
			.isEqualTo("Phường Ba Đình");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
