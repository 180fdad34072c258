package vn.kt1.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.reference.ReferenceTestData;
import vn.kt1.batch.shared.cli.CliCommand;

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
		assertThat(this.out.toString().lines()).containsExactly(
				"agencies-duplicate-code.csv, line 4, column ma_don_vi: duplicate code 1820001 (first at line 2)");
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("kt1: reference import refused, nothing was changed: 1 error(s)");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class)).isZero();
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(run("no-such-command")).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("kt1: unknown command 'no-such-command'").endsWith(" (kt1 --help)\n");
		assertThat(run("reference", "import")).isEqualTo(2);
		assertThat(run("run", "nosuchjob")).isEqualTo(2);
		assertThat(this.err.toString()).contains("kt1: unknown job 'nosuchjob'; jobs: departmentReport, estimate, ingest, reconcile");
	}

	@Test
	void everyWrongCommandLineIsOneLineNamingTheCommandsOwnOptions() {
		String[][] cases = {
				{ "2", "kt1: kt1 needs a command (kt1 --help)" },
				{ "2", "kt1: kt1 reference needs a command: import (kt1 reference --help)", "reference" },
				{ "2", "kt1: kt1 report needs a command: year-end, department, check-totals (kt1 report --help)", "report" },
				{ "2", "kt1: unknown option '--bogus' (kt1 run --help)", "run", "--bogus" },
				{ "2", "kt1: Missing required parameter: 'JOB' (kt1 run --help)", "run" },
				{ "2", "kt1: parameter asOf: 'tomorrow' is not a date (YYYY-MM-DD)", "run", "reconcile", "month=2026-01",
						"asOf=tomorrow" },
				{ "1", "kt1: reconcileJob: invalid parameters: reconcileJob needs the identifying parameter month=YYYY-MM",
						"run", "reconcile" },
				{ "2", "kt1: Invalid value for option '--from': '2026-1x' is not a month YYYY-MM (kt1 checks --help)",
						"checks", "--from", "2026-1x" },
				{ "2", "kt1: Invalid value for option '--cutoff': '2026-11-31' is not a date YYYY-MM-DD "
						+ "(kt1 report year-end --help)", "report", "year-end", "2026", "--cutoff", "2026-11-31" },
				{ "2", "kt1: Missing required parameter for option '--override-checks' (REASON) (kt1 estimate --help)",
						"estimate", "2027", "--override-checks" },
				{ "2", "kt1: Missing required option: '--out=<out>' (kt1 export --help)", "export", "reconciliation",
						"--month", "2026-10" },
				{ "2", "kt1: Invalid value for option '--status': expected one of [COMPLETED, STARTING, STARTED, "
						+ "STOPPING, STOPPED, FAILED, ABANDONED, UNKNOWN] (case-insensitive) but was 'bogus' "
						+ "(kt1 executions --help)", "executions", "--status", "bogus" },
				{ "2", "kt1: unknown option '--forse'; did you mean --force? (kt1 recover --help)", "recover", "--forse",
						"5" },
				{ "1", "kt1: no job execution with id 987654321", "recover", "987654321" },
				{ "2", "kt1: Invalid value for positional parameter at index 0 (ID): 'abc' is not a long "
						+ "(kt1 restart --help)", "restart", "abc" } };
		for (String[] each : cases) {
			String[] args = java.util.Arrays.copyOfRange(each, 2, each.length);

			int exit = run(args);

			assertThat(this.err.toString().lines()).as("kt1 %s", String.join(" ", args)).containsExactly(each[1]);
			assertThat(exit).as("exit code of kt1 %s", String.join(" ", args)).isEqualTo(Integer.parseInt(each[0]));
		}
	}

	@Test
	void unknownFileIdIsOneLine() {
		assertThat(run("rejects", "987654321", "--out", "target/none.xlsx")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("kt1: no input file with id 987654321\n");
	}

	@Test
	void everyCommandsHelpWithoutSpringIsTheApplicationsHelp() {
		List<String[]> commands = new ArrayList<>();
		commands(Kt1CommandLine.commandLine(new UnwiredCommandFactory(new ProjectComponents()),
				new ProjectComponents().of(CliCommand.class), new PrintWriter(this.out), new PrintWriter(this.err)),
				new ArrayList<>(), commands);
		assertThat(commands).hasSizeGreaterThan(30);
		for (String[] command : commands) {
			String[] args = Stream.concat(Arrays.stream(command), Stream.of("--help")).toArray(String[]::new);
			assertThat(run(args)).isZero();
			String application = this.out.toString();
			this.out.getBuffer().setLength(0);

			assertThat(HelpWithoutSpring.answer(new PrintWriter(this.out), new PrintWriter(this.err), args)).isZero();

			assertThat(this.out.toString()).as("kt1 %s", String.join(" ", args)).isEqualTo(application);
		}
	}

	/** Adds the path of this command and of each command under it. */
	private static void commands(CommandLine command, List<String> path, List<String[]> paths) {
		paths.add(path.toArray(String[]::new));
		new LinkedHashSet<>(command.getSubcommands().values()).forEach((sub) -> {
			List<String> subPath = new ArrayList<>(path);
			subPath.add(sub.getCommandName());
			commands(sub, subPath, paths);
		});
	}

	private int run(String... args) {
		this.out.getBuffer().setLength(0);
		this.err.getBuffer().setLength(0);
		return this.commandLine.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

}
