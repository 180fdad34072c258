package vn.kt1.batch.budget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.IngestTestSupport;
import vn.kt1.batch.reference.ReferenceImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposals (đề xuất dự toán) and allocations (dự toán được giao): all or nothing, every
 * error by line and column; a row sent again replaces its figure; the same files through the
 * inbox end LOADED or REFUSED with their reason.
 */
@Kt1IntegrationTest
class BudgetImportIntegrationTests {

	private static final String PROPOSALS = "ma_don_vi,nam,so_tien_vnd,ghi_chu\n";

	private static final String ALLOCATIONS = "ma_don_vi;nam;tieu_muc;so_tien_vnd;so_quyet_dinh;ngay_quyet_dinh\n";

	@TempDir
	private Path dir;

	@Autowired
	private Kt1CommandLine commandLine;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	private CommandLineCapture kt1;

	@BeforeEach
	void nothingStored() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		BudgetTestSupport.clear(this.jdbc);
	}

	@AfterEach
	void nothingLeft() {
		BudgetTestSupport.clear(this.jdbc);
	}

	@Test
	void proposalsSentAgainReplaceTheirFigureAndAreListed() throws Exception {
		assertThat(this.kt1.run("budget", "import", "proposals", write("de-xuat.csv", PROPOSALS
				+ "1820001,2027,\"25.000.000\",Tăng do Đại hội\n1820002,2027,8500000,\n"))).isZero();
		assertThat(this.kt1.out()).isEqualTo("de-xuat.csv: 2 row(s) added, 0 replaced\n");
		assertThat(this.kt1.run("budget", "import", "proposals",
				write("de-xuat-sua.csv", PROPOSALS + "1820002,2027,9.000.000 đ,đã sửa\n"))).isZero();
		assertThat(this.kt1.out()).isEqualTo("de-xuat-sua.csv: 0 row(s) added, 1 replaced\n");

		assertThat(proposals()).containsExactly("1820001 2027 25000000 Tăng do Đại hội", "1820002 2027 9000000 đã sửa");
		assertThat(this.kt1.run("budget", "2027")).isZero();
		assertThat(this.kt1.out()).isEqualTo("""
				2 agencies: 2 proposals, 0 with an allocated budget
				AGENCY          PROPOSED       ALLOCATED
				1820001         25000000               -
				1820002          9000000               -
				""");
	}

	@Test
	void everyErrorOfAFileIsListedAndNothingOfItIsStored() throws Exception {
		String bad = write("de-xuat-loi.csv", PROPOSALS + "1820001,2027,1.000.000,\n9999999,2027,1.000.000,\n"
				+ "1820002,1999,1.000.000,\n1820002,2027,-5.000,\n1820001,2027,2.000.000,\n");

		assertThat(this.kt1.run("budget", "import", "proposals", bad)).isEqualTo(1);

		assertThat(this.kt1.err().lines().toList()).containsExactly(
				"de-xuat-loi.csv, line 3, column ma_don_vi: unknown agency 9999999 (not on the agency list)",
				"de-xuat-loi.csv, line 4, column nam: budget year 1999 is not plausible (2000–" + (java.time.LocalDate.now().getYear() + 2) + ")",
				"de-xuat-loi.csv, line 5, column so_tien_vnd: a proposal cannot be negative",
				"de-xuat-loi.csv, line 6, column ma_don_vi: the same agency and year as line 2",
				"kt1: de-xuat-loi.csv refused, nothing stored: 4 error(s)");
		assertThat(proposals()).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM budget_import", Integer.class)).isZero();
	}

	@Test
	void allocationsAddUpOverDecisionsAndADecisionWrittenTwiceIsOneDecision() throws Exception {
		assertThat(this.kt1.run("budget", "import", "allocations", write("giao.csv", ALLOCATIONS
				+ "1820001;2027;6603;12.000.000;125/QĐ-STC;15/01/2027\n"
				+ "1820001;2027;6603;3.000.000;480/QĐ-STC;20/07/2027\n"))).isEqualTo(1);
		assertThat(this.kt1.err()).contains("ngay_quyet_dinh");
		assertThat(this.kt1.run("budget", "import", "allocations", write("giao.csv", ALLOCATIONS
				+ "1820001;2026;6603;12.000.000;125/QĐ-STC;15/01/2026\n"
				+ "1820001;2026;6603;3.000.000;480/QĐ-STC;20/07/2026\n"
				+ "1820002;2026;6603;-1.000.000;481/QĐ-STC;21/07/2026\n"))).isEqualTo(1);
		assertThat(this.kt1.err()).contains("the allocations of 1820002 2026 would add up to less than zero");
		assertThat(this.kt1.run("budget", "import", "allocations", write("giao-trung.csv", ALLOCATIONS
				+ "1820001;2026;6603;12.000.000;125/QĐ-STC;15/01/2026\n"
				+ "1820001;2026;6603;12.500.000;125/qđ-stc ;15/01/2026\n"))).isEqualTo(1);
		assertThat(this.kt1.err()).startsWith("giao-trung.csv, line 3, column ma_don_vi: the same agency, year, sub-item and "
				+ "decision number as line 2\n");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM budget_allocation", Integer.class)).isZero();

		assertThat(this.kt1.run("budget", "import", "allocations", write("giao-dung.csv", ALLOCATIONS
				+ "1820001;2026;6603;12.000.000;125/QĐ-STC;15/01/2026\n"
				+ "1820001;2026;6603;3.000.000;480/QĐ-STC;20/07/2026\n"))).isZero();
		assertThat(this.kt1.run("budget", "import", "allocations", write("giao-sua.csv", ALLOCATIONS
				+ "1820001;2026;6603;2.500.000;480/qđ-stc;20/07/2026\n"))).isZero();
		assertThat(this.kt1.out()).isEqualTo("giao-sua.csv: 0 row(s) added, 1 replaced\n");

		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM budget_allocation WHERE agency_code = '1820001' "
				+ "AND budget_year = 2026", Long.class)).isEqualTo(14_500_000);
	}

	@Test
	void throughTheInboxAFileIsLoadedOrRefusedWithItsReason() throws Exception {
		Path folder = this.properties.inbox().resolve("allocations");
		Files.createDirectories(folder);
		IngestTestSupport.settled(Files.writeString(folder.resolve("du-toan-giao-2026.csv"), ALLOCATIONS
				+ "1820001;2026;6603;12.000.000;125/QĐ-STC;15/01/2026\n"));
		Path proposals = this.properties.inbox().resolve("proposals");
		Files.createDirectories(proposals);
		IngestTestSupport.settled(Files.writeString(proposals.resolve("de-xuat-2027.csv"),
				PROPOSALS + "1820001,2027,1.000.000,\n1820001,2027,2.000.000,\n"));

		assertThat(this.kt1.run("run", "ingest", "businessDate=2026-12-06")).isZero();

		assertThat(this.jdbc.queryForList("SELECT CONCAT(kind, ' ', file_name, ' ', status) FROM input_file ORDER BY id",
				String.class)).containsExactlyInAnyOrder("ALLOCATIONS du-toan-giao-2026.csv LOADED",
						"PROPOSALS de-xuat-2027.csv REFUSED");
		assertThat(this.jdbc.queryForObject("SELECT reason FROM input_file WHERE kind = 'PROPOSALS'", String.class))
			.contains("the same agency and year as line 2");
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_vnd) FROM budget_allocation", Long.class))
			.isEqualTo(12_000_000);
		assertThat(proposals()).isEmpty();
	}

	private String write(String name, String content) throws Exception {
		return Files.writeString(this.dir.resolve(name), content).toString();
	}

	private List<String> proposals() {
		return this.jdbc.queryForList("SELECT CONCAT_WS(' ', agency_code, budget_year, amount_vnd, note) "
				+ "FROM budget_proposal ORDER BY agency_code", String.class);
	}

}
