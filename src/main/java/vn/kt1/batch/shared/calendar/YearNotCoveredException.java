package vn.kt1.batch.shared.calendar;

/**
 * A date of a year the working-day calendar does not list. Holidays move every year (Tết
 * and the Hùng Kings' day follow the lunar calendar, swapped days are announced by the
 * government), so such a date is an error rather than a guess.
 */
public class YearNotCoveredException extends IllegalStateException {

	private final int year;

	YearNotCoveredException(int year, String source, String covered) {
		super("the working-day calendar has no year " + year + ": " + source + " covers " + covered
				+ "; add the holidays, days off and working Saturdays of " + year
				+ " to it (setting kt1.calendar.file)");
		this.year = year;
	}

	/** @return the year that is missing */
	public int year() {
		return this.year;
	}

}
