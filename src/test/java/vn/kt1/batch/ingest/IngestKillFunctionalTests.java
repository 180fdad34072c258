package vn.kt1.batch.ingest;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1Application;
import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.shared.S10;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM runs {@code kt1 run ingest} and is killed with {@code kill -9} while a large
 * file streams in; recover and restart of the same execution end with the tables of a
 * clean run.
 */
@Kt1IntegrationTest
class IngestKillFunctionalTests {

	private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 10, 20);

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("ingestJob")
	private Job ingestJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private IngestProperties properties;

	@BeforeEach
	void emptyDatabaseAndInbox() throws Exception {
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
	}

	@Test
	void killedMidFileThenRecoveredAndRestartedGivesTheTablesOfACleanRun() throws Exception {
		deliverInputs();
		JobExecution clean = this.jobOperator.start(this.ingestJob,
				new JobParametersBuilder().addLocalDate("businessDate", BUSINESS_DATE).toJobParameters());
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String cleanTables = IngestTestSupport.tables(this.jdbc);
		emptyDatabaseAndInbox();
		deliverInputs();

		Process child = startChild();
		awaitLargeUncommittedLoad(child);
		child.destroyForcibly().waitFor();
		awaitRollback();

		JobExecution killed = lastExecution();
		assertThat(killed.getStatus()).isEqualTo(BatchStatus.STARTED);
		assertThat(IngestTestSupport.filesNotWhole(this.jdbc)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT status FROM input_file WHERE file_name = "
				+ "'sanluong_2026-10-10_lon.csv'", String.class))
			.isEqualTo("PENDING");
		JobExecution recovered = this.jobOperator.recover(killed);
		JobExecution restarted = this.jobOperator.restart(recovered);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(killed.getJobInstance().getInstanceId());
		assertThat(IngestTestSupport.tables(this.jdbc)).isEqualTo(cleanTables);
	}

	private void deliverInputs() throws Exception {
		IngestTestSupport.deliver("basic", this.properties);
		Path big = this.properties.inbox().resolve("throughput/sanluong_2026-10-10_lon.csv");
		try (BufferedWriter out = Files.newBufferedWriter(big)) {
			out.write("ma_buu_gui,ngay_chap_nhan,ma_buu_cuc,ma_don_vi_gui,ma_don_vi_nhan,dich_vu,loai,khoi_luong_g,"
					+ "cuoc_vnd,trang_thai\n");
			for (int i = 0; i < 250_000; i++) {
				out.write(S10.of("EK", 30_000_000 + i, "VN") + ",2026-10-10 08:00,870000,1820001,3282493,KT1,THU,"
						+ (20 + i % 200) + ",12500,CHAP_NHAN\n");
			}
		}
		IngestTestSupport.settled(big);
	}

	private Process startChild() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Dspring.config.location=classpath:/",
				"-Dkt1.data-dir=target/it-data", "-Dlogging.file.name=target/it-data/logs/child.log",
				"-Dspring.datasource.url=" + ((HikariDataSource) this.dataSource).getJdbcUrl(),
				Kt1Application.class.getName(), "run", "ingest", "businessDate=" + BUSINESS_DATE);
		builder.redirectErrorStream(true);
		builder.redirectOutput(Path.of("target/it-data/logs/child.out").toFile());
		return builder.start();
	}

	/** Wait until the child has streamed the large file into the database for a while. */
	private void awaitLargeUncommittedLoad(Process child) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline && child.isAlive()) {
			List<Long> loading = this.jdbc.queryForList("SELECT time_ms FROM information_schema.processlist "
					+ "WHERE info LIKE 'LOAD DATA LOCAL INFILE%' AND time_ms > 500", Long.class);
			if (!loading.isEmpty()) {
				return;
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("the child never reached the large file (see target/it-data/logs/child.out)");
	}

	private void awaitRollback() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_rows_modified > 0", Integer.class) > 0) {
			Thread.sleep(50);
		}
	}

	private JobExecution lastExecution() {
		JobInstance instance = this.jobRepository.getJobInstance("ingestJob",
				new JobParametersBuilder().addLocalDate("businessDate", BUSINESS_DATE).toJobParameters());
		return this.jobRepository.getLastJobExecution(instance);
	}

}
