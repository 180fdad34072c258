package vn.kt1.batch.shared.calendar;

/** What an exceptional day of the working-day calendar is. */
public enum DayKind {

	/** A public holiday of the Labour Code 2019 art. 112: not a working day. */
	HOLIDAY(false),

	/** A weekday off: a compensatory day (nghỉ bù) or a day swapped to bridge a holiday. */
	DAY_OFF(false),

	/** A Saturday or Sunday made a working day (làm bù) in exchange for a day off. */
	WORKING_DAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	/** @return whether a day of this kind is a working day */
	public boolean working() {
		return this.working;
	}

}
