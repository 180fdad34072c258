package vn.kt1.batch.shared.xlsx;

/**
 * A column of a sheet for people.
 *
 * @param header its heading (Vietnamese)
 * @param kind how its values are written
 * @param width its width in characters
 */
public record Column(String header, CellKind kind, int width) {

	public static Column text(String header, int width) {
		return new Column(header, CellKind.TEXT, width);
	}

	public static Column integer(String header) {
		return new Column(header, CellKind.INTEGER, 12);
	}

	public static Column money(String header) {
		return new Column(header, CellKind.MONEY, 16);
	}

	public static Column percent(String header) {
		return new Column(header, CellKind.PERCENT, 10);
	}

	public static Column date(String header) {
		return new Column(header, CellKind.DATE, 12);
	}

	public static Column dateTime(String header) {
		return new Column(header, CellKind.DATETIME, 17);
	}

}
