package vn.kt1.batch.incident;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

/** A register with errors sent through the inbox is refused with its reason; the night goes on. */
@Kt1IntegrationTest
class IncidentInboxIntegrationTests {

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
	void emptyInbox() throws Exception {
		this.kt1 = new CommandLineCapture(this.commandLine);
		IncidentTestSupport.clear(this.jdbc);
		IngestTestSupport.reset(this.jdbc, this.reference, this.properties);
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
	}

	@Test
	void aRegisterWithErrorsIsRefusedAndTheNightCompletes() throws Exception {
		Path folder = this.properties.inbox().resolve("incidents");
		Files.createDirectories(folder);
		IngestTestSupport.settled(Files.writeString(folder.resolve("su-co-loi.csv"),
				"thoi_diem,ma_buu_cuc,ma_buu_gui,do_mat,loai_su_co,mo_ta\n2026-09-01 08:00,999999,,,THAT_LAC,x\n"));

		assertThat(this.kt1.run("run", "ingest", "businessDate=2026-12-06")).isZero();

		assertThat(this.jdbc.queryForObject("SELECT CONCAT(status, ' ', reason) FROM input_file", String.class))
			.startsWith("REFUSED 1 error(s) in the file, which is loaded all or nothing").contains("unknown post office 999999");
	}

}
