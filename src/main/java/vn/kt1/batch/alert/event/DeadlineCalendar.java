package vn.kt1.batch.alert.event;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the deadline calendar ({@code config/alerts/deadlines.yml}): a list {@code deadlines}
 * of entries with {@code name}, {@code date} ({@code MM-dd} every year, or {@code yyyy-MM-dd}
 * once), optional {@code output} (a job) and {@code year} ({@code this year}, {@code next year}
 * or {@code last year}: the output's {@code year} parameter), {@code remind-days} and
 * {@code note}. Every mistake names the file and the entry.
 */
final class DeadlineCalendar {

	private static final Set<String> KEYS = Set.of("name", "date", "output", "year", "remind-days", "note");

	private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");

	private DeadlineCalendar() {
	}

	/** @return the deadlines of the file; none when it does not exist */
	static List<Deadline> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		Object root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException | YAMLException ex) {
			throw new IllegalArgumentException(file + ": not a readable YAML file: " + ex.getMessage(), ex);
		}
		if (root == null) {
			return List.of();
		}
		if (!(root instanceof Map<?, ?> map) || !(map.get("deadlines") instanceof List<?> entries)) {
			throw new IllegalArgumentException(file + ": expected a list 'deadlines:'");
		}
		List<Deadline> deadlines = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String where = file + ", deadline " + (i + 1);
			if (!(entries.get(i) instanceof Map<?, ?> entry)) {
				throw new IllegalArgumentException(where + ": expected name, date, ...");
			}
			deadlines.add(deadline(entry, where));
		}
		return deadlines;
	}

	private static Deadline deadline(Map<?, ?> entry, String where) {
		for (Object key : entry.keySet()) {
			if (!KEYS.contains(String.valueOf(key))) {
				throw new IllegalArgumentException(where + ": unknown key '" + key + "' (keys: "
						+ String.join(", ", KEYS.stream().sorted().toList()) + ")");
			}
		}
		String name = text(entry, "name", where);
		// an unquoted yyyy-MM-dd is a YAML timestamp, read as midnight UTC
		String date = (entry.get("date") instanceof java.util.Date day)
				? day.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : text(entry, "date", where);
		MonthDay every = null;
		LocalDate once = null;
		try {
			if (MONTH_DAY.matcher(date).matches()) {
				every = MonthDay.parse("--" + date);
			}
			else {
				once = LocalDate.parse(date);
			}
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(where + " (" + name + "): date '" + date
					+ "' is neither MM-dd (every year) nor yyyy-MM-dd (once)");
		}
		Object output = entry.get("output");
		int offset = yearOffset((entry.get("year") != null) ? String.valueOf(entry.get("year")) : "this year",
				where + " (" + name + ")");
		Object remind = (entry.get("remind-days") != null) ? entry.get("remind-days") : 7;
		if (!(remind instanceof Integer days) || days < 0 || days > 366) {
			throw new IllegalArgumentException(where + " (" + name + "): remind-days must be 0..366, not " + remind);
		}
		Object note = entry.get("note");
		return new Deadline(name, every, once, (output != null) ? String.valueOf(output).trim() : null, offset, days,
				(note != null) ? String.valueOf(note).trim() : null);
	}

	private static String text(Map<?, ?> entry, String key, String where) {
		Object value = entry.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new IllegalArgumentException(where + ": '" + key + "' is required");
		}
		return String.valueOf(value).trim();
	}

	private static int yearOffset(String year, String where) {
		return switch (year.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")) {
			case "last year" -> -1;
			case "this year" -> 0;
			case "next year" -> 1;
			default -> throw new IllegalArgumentException(where + ": year '" + year
					+ "' must be this year, next year or last year");
		};
	}

}
