package vn.kt1.batch.alert.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/** Dates, numbers and job parameters as the messages write them (Vietnamese notation). */
final class Texts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy", Locale.ROOT);

	private Texts() {
	}

	/** @return e.g. {@code 10/12/2026} */
	static String day(LocalDate day) {
		return DAY.format(day);
	}

	/** @return e.g. {@code 01:34:10 23/11/2026}, or {@code -} */
	static String time(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : "-";
	}

	/** @return e.g. {@code 12.345} */
	static String count(long count) {
		return vn.kt1.batch.shared.Vnd.group(count);
	}

	/** @return e.g. {@code +14,6 %}; {@code -} when unknown */
	static String percent(BigDecimal value, boolean signed) {
		if (value == null) {
			return "-";
		}
		String text = value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
		return ((signed && value.signum() > 0) ? "+" : "") + text + " %";
	}

	/** @return the identifying parameters as the command line takes them: {@code businessDate=2026-11-22} */
	static String parameters(JobParameters parameters) {
		return parameters.getIdentifyingParameters()
			.stream()
			.sorted(java.util.Comparator.comparing(JobParameter::name))
			.map((p) -> p.name() + "=" + p.value())
			.collect(Collectors.joining(" "));
	}

	/**
	 * @return the first lines of a failure, each cut at 200 characters: its messages (the
	 * exception and every {@code Caused by}) and the first three frames of its stack, which say
	 * where; the framework's frames below them say nothing to a reader
	 */
	static List<String> firstLines(String text, int lines) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> kept = new java.util.ArrayList<>();
		int frames = 0;
		for (String line : text.lines().filter((line) -> !line.isBlank()).toList()) {
			boolean frame = line.strip().startsWith("at ") || line.strip().startsWith("...");
			if (!frame || frames++ < 3) {
				kept.add(((line.length() > 200) ? line.substring(0, 197) + "..." : line).stripTrailing());
			}
		}
		return kept.stream().limit(lines).toList();
	}

	/** @return the job's name as {@code kt1 run} takes it: {@code ingest} for {@code ingestJob} */
	static String runName(String jobName) {
		return jobName.endsWith("Job") ? jobName.substring(0, jobName.length() - 3) : jobName;
	}

}
