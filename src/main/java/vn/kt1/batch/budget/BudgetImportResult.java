package vn.kt1.batch.budget;

/**
 * What an import stored.
 *
 * @param added rows new to the database
 * @param replaced rows that replaced a figure stored before (the same agency and year; for an
 * allocation, also the same sub-item and decision)
 */
public record BudgetImportResult(int added, int replaced) {

	/** @return the rows stored */
	public long stored() {
		return (long) this.added + this.replaced;
	}

}
