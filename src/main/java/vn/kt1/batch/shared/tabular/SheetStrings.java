package vn.kt1.batch.shared.tabular;

/** The texts a sheet's cells refer to by index (the workbook's shared-strings table). */
interface SheetStrings {

	/** @return the text at a 0-based index; throws when the table has none there */
	String get(int index);

	/** @return whether the text was longer than a cell holds (then it is kept cut) */
	boolean tooLong(int index);

}
