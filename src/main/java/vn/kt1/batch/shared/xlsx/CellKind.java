package vn.kt1.batch.shared.xlsx;

/** How a column's values are written and shown. */
public enum CellKind {

	/** text, never a formula */
	TEXT,
	/** a whole number with thousands grouped */
	INTEGER,
	/** whole VND with thousands grouped */
	MONEY,
	/** a share (0.953 shows as 95,3 %) */
	PERCENT,
	/** a day */
	DATE,
	/** a day and time */
	DATETIME

}
