package vn.kt1.batch.estimate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.kt1.batch.reference.Agency;

/** On how many days of a period an agency is on the list. */
public final class ValidDays {

	private ValidDays() {
	}

	/** @return the days from {@code from} to {@code to} (inclusive) on which the agency is valid */
	static long between(Agency agency, LocalDate from, LocalDate to) {
		LocalDate first = (agency.validFrom() != null && agency.validFrom().isAfter(from)) ? agency.validFrom() : from;
		LocalDate last = (agency.validTo() != null && agency.validTo().isBefore(to)) ? agency.validTo() : to;
		return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
	}

	public static long in(Agency agency, YearMonth month) {
		return between(agency, month.atDay(1), month.atEndOfMonth());
	}

	/** @return the valid days in the months */
	public static long in(Agency agency, List<YearMonth> months) {
		return months.stream().mapToLong((month) -> in(agency, month)).sum();
	}

	/** @return the days of the months */
	static long of(List<YearMonth> months) {
		return months.stream().mapToLong(YearMonth::lengthOfMonth).sum();
	}

}
