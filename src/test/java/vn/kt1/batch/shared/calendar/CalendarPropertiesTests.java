package vn.kt1.batch.shared.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarPropertiesTests {

	@Test
	void theShippedFileByDefault() {
		CalendarProperties properties = bind(Map.of());
		assertThat(properties.file().getDescription())
			.isEqualTo("class path resource [calendar/vn-working-calendar.csv]");
		assertThat(properties.file().exists()).isTrue();
	}

	@Test
	void aFileOnDisk(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("calendar.csv"), "date,kind,name\n2028-01-03,DAY_OFF,Nghỉ thử\n");
		CalendarProperties properties = bind(Map.of("kt1.calendar.file", "file:" + file));
		WorkingCalendar calendar = WorkingCalendarFile.read(properties.file());
		assertThat(calendar.coveredYears()).containsExactly(2028);
		assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
		assertThat(calendar.source()).contains(file.toString());
	}

	private static CalendarProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("kt1.calendar",
				CalendarProperties.class);
	}

}
