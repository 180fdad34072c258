package vn.kt1.batch.estimate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The months an estimate of a year learns from: the complete months before the as-of day,
 * capped at December of the year before and at the last month with data (months not reported
 * yet would count as months without items), back to the first month with data or at most
 * {@code maxMonths}. The forecast runs from the month after the history to December of the
 * year.
 *
 * @param year the budget year
 * @param historyFrom first month of the history
 * @param historyTo last month of the history
 */
public record EstimateWindow(int year, YearMonth historyFrom, YearMonth historyTo) {

	/**
	 * @param year the budget year
	 * @param asOf the day of the estimate: its month is not complete
	 * @param dataStart the first month with items
	 * @param dataEnd the last month with items
	 * @param maxMonths the longest history used
	 * @throws EstimateException when no complete month with data comes before the cut
	 */
	static EstimateWindow of(int year, LocalDate asOf, YearMonth dataStart, YearMonth dataEnd, int maxMonths) {
		YearMonth to = earliest(YearMonth.from(asOf).minusMonths(1), YearMonth.of(year - 1, 12));
		to = (dataEnd != null) ? earliest(to, dataEnd) : to;
		if (dataStart == null || dataStart.isAfter(to)) {
			throw new EstimateException("no items accepted up to " + to + ": the estimate of " + year
					+ " needs at least one complete month of history before " + to.plusMonths(1)
					+ (dataStart != null ? " (the first items are of " + dataStart + ")" : "")
					+ "; load the post office's throughput (kt1 run ingest) and run again");
		}
		return new EstimateWindow(year, latest(dataStart, to.minusMonths(maxMonths - 1)), to);
	}

	/**
	 * The window of the backtest: the year before, from the data before the same cut one year
	 * earlier, so that the forecast reaches as far ahead.
	 * @return the window, or empty when no data comes before that cut
	 */
	Optional<EstimateWindow> yearEarlier(YearMonth dataStart, int maxMonths) {
		YearMonth to = this.historyTo.minusMonths(12);
		if (dataStart.isAfter(to)) {
			return Optional.empty();
		}
		return Optional.of(new EstimateWindow(this.year - 1, latest(dataStart, to.minusMonths(maxMonths - 1)), to));
	}

	/** @return the number of months of history */
	int historyMonths() {
		return index(this.historyTo) + 1;
	}

	/** @return the months forecast: from the month after the history to December of the year */
	int horizon() {
		return (int) ChronoUnit.MONTHS.between(this.historyTo, YearMonth.of(this.year, 12));
	}

	/** @return the step of the horizon (1 = the month after the history) of a month */
	int step(YearMonth month) {
		return (int) ChronoUnit.MONTHS.between(this.historyTo, month);
	}

	/** @return the position of a month in the history (0 = the first) */
	int index(YearMonth month) {
		return (int) ChronoUnit.MONTHS.between(this.historyFrom, month);
	}

	/** @return the twelve months of the year */
	public List<YearMonth> yearMonths() {
		List<YearMonth> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(YearMonth.of(this.year, m));
		}
		return months;
	}

	private static YearMonth earliest(YearMonth a, YearMonth b) {
		return a.isBefore(b) ? a : b;
	}

	private static YearMonth latest(YearMonth a, YearMonth b) {
		return a.isAfter(b) ? a : b;
	}

}
