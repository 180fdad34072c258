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
		assertThat(count("BATCH_JOB_INSTANCE")).isZero();
		assertThat(this.jdbc.queryForObject("SELECT NEXTVAL(BATCH_JOB_EXECUTION_SEQ)", Long.class)).isPositive();
		assertThat(count("QRTZ_LOCKS")).isNotNegative();
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
