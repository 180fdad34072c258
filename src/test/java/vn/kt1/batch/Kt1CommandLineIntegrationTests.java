package vn.kt1.batch;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.reference.ReferenceTestData;

import static org.assertj.core.api.Assertions.assertThat;

@Kt1IntegrationTest
class Kt1CommandLineIntegrationTests {

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void noReferenceData() {
		ReferenceTestData.clear(this.jdbc);
	}

	@Test
	void importsTheShippedSampleProvince() {
		assertThat(run("reference", "import", "--sample", "config/reference/dong-thap-82")).isZero();

		assertThat(this.out.toString()).isEqualTo("Imported 570 agencies, 35 post offices, 11 tariff prices\n");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE level = 'XA' AND province_code = '82'",
				Integer.class))
			.isEqualTo(510);
	}

	@Test
	void aRefusedImportListsEveryErrorAndEndsWithOneLineAndExitCodeOne() {
		int exit = run("reference", "import", "--agencies", "src/test/resources/reference/agencies-duplicate-code.csv");

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString().lines()).contains(
				"agencies-duplicate-code.csv, line 4, column ma_don_vi: duplicate code 1820001 (first at line 2)");
		assertThat(this.err.toString().lines().reduce((a, b) -> b).orElseThrow())
			.startsWith("kt1: reference import refused, nothing was changed: 1 error(s)");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class)).isZero();
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(run("no-such-command")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Unmatched argument at index 0: 'no-such-command'");
		assertThat(run("reference", "import")).isEqualTo(2);
		assertThat(run("run", "nosuchjob")).isEqualTo(2);
		assertThat(this.err.toString()).contains("kt1: unknown job 'nosuchjob'; jobs: departmentReport, estimate, ingest, reconcile");
	}

	@Test
	void unknownFileIdIsOneLine() {
		assertThat(run("rejects", "987654321", "--out", "target/none.xlsx")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("kt1: no input file with id 987654321\n");
	}

	private int run(String... args) {
		return this.commandLine.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

}
