package vn.kt1.batch;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Help and version from the command tree built without Spring (no context in this test). */
class HelpWithoutSpringTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void theVersion() {
		assertThat(answer("--version")).isZero();

		assertThat(this.out).hasToString("kt1-batch 0.1.0\n");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void theHelpListsEveryCommandWithItsFirstLine() {
		assertThat(answer("--help")).isZero();

		assertThat(this.out.toString()).startsWith("Usage: kt1 [-hV] COMMAND\n")
			// the column of names is as wide as the longest name
			.containsPattern("\n  executions +List job executions, newest first.\n")
			.containsPattern("\n  run +Run a job now:\n")
			.containsPattern("\n  user +Accounts of the web console \\(kt1 serve\\): add,");
	}

	@Test
	void aCommandsHelpHasItsOptionsAndDefaults() {
		assertThat(answer("executions", "-h")).isZero();

		assertThat(this.out.toString()).startsWith("Usage: kt1 executions [-hV] ")
			.contains("At most this many (default 50)");
	}

	@Test
	void theHelpOfRunListsTheJobsAndTheirParameters() {
		assertThat(answer("run", "--help")).isZero();

		assertThat(this.out.toString()).contains("\n  ingest [businessDate=YYYY-MM-DD, default yesterday]\n")
			.contains("\n  reconcile month=YYYY-MM [asOf=YYYY-MM-DD, default today]\n");
	}

	@Test
	void aNestedCommandsHelp() {
		assertThat(answer("reference", "import", "--help")).isZero();

		assertThat(this.out.toString()).startsWith("Usage: kt1 reference import [-hV]");
	}

	@Test
	void commandLinesWithoutHelpOrThatDoNotParseAreLeftToTheApplication() {
		assertThat(answer("executions", "--limit", "3")).isNull();
		assertThat(answer("executions", "--limit", "many", "--help")).isNull();
		assertThat(answer("run", "ingest", "h=x")).isNull();
		assertThat(this.out.toString()).isEmpty();
		assertThat(this.err.toString()).isEmpty();
	}

	private Integer answer(String... args) {
		return HelpWithoutSpring.answer(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

}
