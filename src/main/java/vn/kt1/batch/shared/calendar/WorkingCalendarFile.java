package vn.kt1.batch.shared.calendar;

import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

import vn.kt1.batch.shared.datafile.DataFile;
import vn.kt1.batch.shared.datafile.DataFileException;
import vn.kt1.batch.shared.datafile.DataRow;

/**
 * Reads a working-day calendar file: a {@link DataFile} with the columns {@code date}
 * ({@code yyyy-MM-dd}), {@code kind} ({@link DayKind}) and {@code name}. A date may appear
 * once; a {@code WORKING_DAY} must be a Saturday or Sunday.
 */
public final class WorkingCalendarFile {

	static final List<String> COLUMNS = List.of("date", "kind", "name");

	private WorkingCalendarFile() {
	}

	/** @throws DataFileException naming the file, line and field of the first error */
	public static WorkingCalendar read(Resource resource) {
		return of(DataFile.read(resource, COLUMNS));
	}

	/** @throws DataFileException naming the file, line and field of the first error */
	public static WorkingCalendar read(String source, Reader reader) {
		return of(DataFile.read(source, reader, COLUMNS));
	}

	private static WorkingCalendar of(DataFile file) {
		if (file.rows().isEmpty()) {
			throw new DataFileException(file.source(), 0, null, "lists no days");
		}
		List<CalendarDay> days = new ArrayList<>();
		Map<LocalDate, Long> lines = new HashMap<>();
		for (DataRow row : file.rows()) {
			CalendarDay day = day(row);
			Long earlier = lines.putIfAbsent(day.date(), row.line());
			if (earlier != null) {
				throw row.error("date", day.date() + " is already listed on line " + earlier);
			}
			days.add(day);
		}
		return new WorkingCalendar(file.source(), days);
	}

	private static CalendarDay day(DataRow row) {
		LocalDate date = row.parse("date", LocalDate::parse, "a date yyyy-MM-dd");
		DayKind kind = row.parse("kind", DayKind::valueOf,
				"one of " + String.join(", ", Arrays.stream(DayKind.values()).map(Enum::name).toList()));
		if (kind == DayKind.WORKING_DAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
				&& date.getDayOfWeek() != DayOfWeek.SUNDAY) {
			throw row.error("kind", "WORKING_DAY is for a Saturday or Sunday made a working day; " + date + " is a "
					+ date.getDayOfWeek());
		}
		return new CalendarDay(date, kind, row.text("name"));
	}

}
