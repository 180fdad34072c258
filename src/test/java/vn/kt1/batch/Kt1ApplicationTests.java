package vn.kt1.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Kt1ApplicationTests {

	@Test
	void onlyServeWithoutNoWebStartsTheWebConsole() {
		assertThat(Kt1Application.servesTheConsole("serve")).isTrue();
		assertThat(Kt1Application.servesTheConsole("serve", "--no-web")).isFalse();
		assertThat(Kt1Application.servesTheConsole("serve", "--help")).isFalse();
		assertThat(Kt1Application.servesTheConsole("run", "ingest")).isFalse();
		assertThat(Kt1Application.servesTheConsole("schedules")).isFalse();
		assertThat(Kt1Application.servesTheConsole()).isFalse();
	}

}
