package vn.kt1.batch.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the schedule files {@code <jobs dir>/<job>/schedule.yml}. Every mistake (malformed
 * YAML, an unknown key, a malformed cron expression, an unknown time zone, misfire
 * instruction or parameter template, two schedules of one name) is a
 * {@link ScheduleFileException} naming the file.
 */
final class ScheduleFiles {

	static final String FILE_NAME = "schedule.yml";

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Set<String> KEYS = Set.of("name", "description", "job", "chain", "cron", "time-zone",
			"misfire", "parameters");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

	private ScheduleFiles() {
	}

	/** @return the schedules of every {@code <dir>/<folder>/schedule.yml}, by folder name */
	static List<Schedule> read(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new ScheduleFileException("jobs directory " + dir + " does not exist (setting kt1.jobs-dir)");
		}
		List<Schedule> schedules = new ArrayList<>();
		Map<String, String> files = new HashMap<>();
		for (Path file : files(dir)) {
			Schedule schedule = parse(file);
			String other = files.putIfAbsent(schedule.name(), schedule.file());
			if (other != null) {
				throw new ScheduleFileException(schedule.file() + ": schedule name '" + schedule.name()
						+ "' is already used by " + other);
			}
			schedules.add(schedule);
		}
		return schedules;
	}

	private static List<Path> files(Path dir) {
		try (Stream<Path> folders = Files.list(dir)) {
			return folders.map((folder) -> folder.resolve(FILE_NAME)).filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new ScheduleFileException("jobs directory " + dir + " cannot be read: " + ex.getMessage());
		}
	}

	static Schedule parse(Path path) {
		String file = path.toString();
		Map<String, Object> yaml = load(path, file);
		for (String key : yaml.keySet()) {
			if (!KEYS.contains(key)) {
				throw new ScheduleFileException(file + ": unknown key '" + key + "' (keys: " + String.join(", ",
						KEYS.stream().sorted().toList()) + ")");
			}
		}
		String name = text(yaml, "name", file, path.getParent().getFileName().toString());
		if (!NAME.matcher(name).matches()) {
			throw new ScheduleFileException(
					file + ": name '" + name + "' may hold only letters, digits, '.', '_', '-'");
		}
		String job = text(yaml, "job", file, null);
		String chain = text(yaml, "chain", file, null);
		if ((job == null) == (chain == null)) {
			throw new ScheduleFileException(file + ": give either job or chain");
		}
		return new Schedule(name, file, job, chain, cron(yaml, file), zone(yaml, file), misfire(yaml, file),
				parameters(yaml, file));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> load(Path path, String file) {
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(root instanceof Map)) {
				throw new ScheduleFileException(file + ": expected keys such as name, job, cron, misfire");
			}
			return (Map<String, Object>) root;
		}
		catch (YAMLException ex) {
			throw new ScheduleFileException(
					file + ": not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		catch (IOException ex) {
			throw new ScheduleFileException(file + ": cannot be read: " + ex.getMessage());
		}
	}

	private static String text(Map<String, Object> yaml, String key, String file, String otherwise) {
		Object value = yaml.get(key);
		if (value == null) {
			return otherwise;
		}
		if (value instanceof Map || value instanceof List) {
			throw new ScheduleFileException(file + ": " + key + " must be a single value");
		}
		return value.toString().trim();
	}

	private static String cron(Map<String, Object> yaml, String file) {
		String cron = text(yaml, "cron", file, null);
		if (cron == null) {
			throw new ScheduleFileException(
					file + ": cron is missing (a Quartz cron expression, e.g. \"0 30 1 * * ?\")");
		}
		try {
			CronExpression.validateExpression(cron);
			return cron;
		}
		catch (ParseException ex) {
			throw new ScheduleFileException(file + ": malformed cron '" + cron + "': " + ex.getMessage());
		}
	}

	private static ZoneId zone(Map<String, Object> yaml, String file) {
		String zone = text(yaml, "time-zone", file, null);
		try {
			return (zone != null) ? ZoneId.of(zone) : DEFAULT_ZONE;
		}
		catch (DateTimeException ex) {
			throw new ScheduleFileException(file + ": unknown time zone '" + zone + "'");
		}
	}

	private static Misfire misfire(Map<String, Object> yaml, String file) {
		String misfire = text(yaml, "misfire", file, null);
		if (misfire == null) {
			throw new ScheduleFileException(file + ": misfire is missing (" + Misfire.names() + ")");
		}
		return Misfire.of(misfire)
			.orElseThrow(() -> new ScheduleFileException(
					file + ": unknown misfire instruction '" + misfire + "' (" + Misfire.names() + ")"));
	}

	private static Map<String, ParameterTemplate> parameters(Map<String, Object> yaml, String file) {
		Object value = yaml.get("parameters");
		Map<String, ParameterTemplate> parameters = new LinkedHashMap<>();
		if (value == null) {
			return parameters;
		}
		if (!(value instanceof Map)) {
			throw new ScheduleFileException(file + ": parameters must be name: template pairs");
		}
		((Map<?, ?>) value).forEach((name, template) -> parameters.put(name.toString(),
				ParameterTemplate.of(String.valueOf(template))
					.orElseThrow(() -> new ScheduleFileException(file + ": parameter " + name + ": unknown template '"
							+ template + "' (templates: " + ParameterTemplate.texts() + ")"))));
		return parameters;
	}

}
