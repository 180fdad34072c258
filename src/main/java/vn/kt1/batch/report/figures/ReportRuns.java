package vn.kt1.batch.report.figures;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reconciliation runs a report is built on: each month's current run when the report
 * started. Kept in the job's execution context, so that a restart, or the second file,
 * reads the same runs even if a month is reconciled again meanwhile.
 *
 * @param runs run id by month, for the months that had a current run
 */
public record ReportRuns(Map<YearMonth, Long> runs) {

	public ReportRuns {
		runs = new TreeMap<>(runs);
	}

	/** @return the runs of these months (months without one are left out) */
	public List<Long> ids(Collection<YearMonth> months) {
		return months.stream().map(this.runs::get).filter(Objects::nonNull).toList();
	}

	/** @return the months without a run */
	public List<YearMonth> missing(Collection<YearMonth> months) {
		return months.stream().filter((month) -> !this.runs.containsKey(month)).toList();
	}

	/** @return e.g. {@code 2026-01=12,2026-02=15} */
	public String encode() {
		return this.runs.entrySet()
			.stream()
			.map((run) -> run.getKey() + "=" + run.getValue())
			.collect(Collectors.joining(","));
	}

	public static ReportRuns decode(String encoded) {
		Map<YearMonth, Long> runs = new TreeMap<>();
		if (!encoded.isEmpty()) {
			for (String run : encoded.split(",")) {
				String[] parts = run.split("=");
				runs.put(YearMonth.parse(parts[0]), Long.valueOf(parts[1]));
			}
		}
		return new ReportRuns(runs);
	}

}
