package vn.kt1.batch.report.figures;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRunsTests {

	private final ReportRuns runs = new ReportRuns(
			Map.of(YearMonth.of(2026, 2), 15L, YearMonth.of(2026, 1), 12L, YearMonth.of(2025, 1), 3L));

	@Test
	void encodesInMonthOrderAndDecodesToTheSame() {
		assertThat(this.runs.encode()).isEqualTo("2025-01=3,2026-01=12,2026-02=15");
		assertThat(ReportRuns.decode(this.runs.encode())).isEqualTo(this.runs);
		assertThat(ReportRuns.decode("").runs()).isEmpty();
	}

	@Test
	void namesTheRunsOfMonthsAndTheMonthsWithout() {
		List<YearMonth> months = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));

		assertThat(this.runs.ids(months)).containsExactly(12L, 15L);
		assertThat(this.runs.missing(months)).containsExactly(YearMonth.of(2026, 3));
		assertThat(ReportQueries.runs(List.of())).containsExactly(-1L);
	}

}
