package vn.kt1.batch.alert.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeadlineCalendarTests {

	@TempDir
	Path dir;

	@Test
	void theShippedCalendarHasTheYearEndReportAndTheEstimate() {
		List<Deadline> deadlines = DeadlineCalendar.read(Path.of("config/alerts/deadlines.yml"));
		assertThat(deadlines).extracting(Deadline::every, Deadline::output, Deadline::yearOffset, Deadline::remindDays)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(MonthDay.of(12, 10), "yearEndReportJob", 0, 14),
					org.assertj.core.groups.Tuple.tuple(MonthDay.of(6, 30), "estimateJob", 1, 10));
	}

	@Test
	void aYearlyDateAndAOneOffDateQuotedOrNot() throws IOException {
		List<Deadline> deadlines = DeadlineCalendar.read(write("""
				deadlines:
				  - name: Báo cáo sáu tháng
				    date: "07-20"
				  - name: Báo cáo đột xuất
				    date: 2027-03-15
				    year: next year
				    remind-days: 3
				"""));
		assertThat(deadlines.get(0).every()).isEqualTo(MonthDay.of(7, 20));
		assertThat(deadlines.get(0).remindDays()).isEqualTo(7);
		assertThat(deadlines.get(0).output()).isNull();
		assertThat(deadlines.get(0).datesAround(LocalDate.of(2026, 1, 5))).containsExactly(LocalDate.of(2025, 7, 20),
				LocalDate.of(2026, 7, 20), LocalDate.of(2027, 7, 20));
		assertThat(deadlines.get(1).once()).isEqualTo(LocalDate.of(2027, 3, 15));
		assertThat(deadlines.get(1).outputYear(LocalDate.of(2027, 3, 15))).isEqualTo(2028);
		assertThat(deadlines.get(1).key(LocalDate.of(2027, 3, 15), "reminder"))
			.isEqualTo("deadline:bao-cao-dot-xuat:2027-03-15:reminder");
	}

	@Test
	void noFileMeansNoDeadlines() {
		assertThat(DeadlineCalendar.read(this.dir.resolve("missing.yml"))).isEmpty();
	}

	@Test
	void everyMistakeNamesTheFileAndTheDeadline() throws IOException {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineCalendar.read(write("deadlines:\n  - name: A\n    date: \"12-10\"\n    when: x\n")))
			.withMessageEndingWith("deadline 1: unknown key 'when' (keys: date, name, note, output, remind-days, year)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineCalendar.read(write("deadlines:\n  - name: A\n    date: \"12-10\"\n"
					+ "  - name: B\n    date: \"31-12\"\n")))
			.withMessageContaining("deadline 2 (B): date '31-12' is neither MM-dd (every year) nor yyyy-MM-dd (once)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineCalendar.read(write("deadlines:\n  - name: A\n    date: \"12-10\"\n"
					+ "    year: năm nay\n")))
			.withMessageContaining("year 'năm nay' must be this year, next year or last year");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineCalendar.read(write("deadlines:\n  - date: \"12-10\"\n")))
			.withMessageEndingWith("deadline 1: 'name' is required");
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineCalendar.read(write("hạn: []\n")))
			.withMessageEndingWith("expected a list 'deadlines:'");
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(this.dir.resolve("deadlines.yml"), yaml);
	}

}
