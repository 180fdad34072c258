package vn.kt1.batch.demo;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The forms people send files in, rotated from file to file: codes or Vietnamese labels as
 * headers, {@code ,} or {@code ;}, a BOM, title rows, ISO or Vietnamese dates, plain or
 * grouped money, CSV or XLSX.
 */
enum FileStyle {

	/** Codes, {@code ,}, ISO dates, plain numbers. */
	PLAIN(',', false, false, 0),

	/** Vietnamese labels, {@code ;}, BOM, CRLF, title rows, {@code dd/MM/yyyy HH:mm}, {@code 12.500}. */
	VIETNAMESE(';', true, true, 3),

	/** Labels without diacritics in capitals, {@code ,}, {@code 12 500 đ}. */
	TYPED(',', false, true, 1),

	/** A workbook with a merged title, date cells and numeric cells. */
	XLSX(',', false, false, 2);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	final char delimiter;

	final boolean bom;

	final boolean vietnameseForms;

	final int titleRows;

	FileStyle(char delimiter, boolean bom, boolean vietnameseForms, int titleRows) {
		this.delimiter = delimiter;
		this.bom = bom;
		this.vietnameseForms = vietnameseForms;
		this.titleRows = titleRows;
	}

	static FileStyle forFile(int index) {
		return switch (Math.floorMod(index, 7)) {
			case 0 -> XLSX;
			case 2, 5 -> VIETNAMESE;
			case 4 -> TYPED;
			default -> PLAIN;
		};
	}

	String dateTime(LocalDateTime value) {
		return (value == null) ? "" : (this.vietnameseForms ? VN : ISO).format(value);
	}

	String money(long value) {
		if (this == TYPED) {
			return String.format("%,d", value).replace(',', ' ') + " đ";
		}
		return this.vietnameseForms ? String.format("%,d", value).replace(',', '.') : Long.toString(value);
	}

	String header(String code, String label) {
		return switch (this) {
			case PLAIN -> code;
			case TYPED -> stripped(label);
			default -> label;
		};
	}

	private static String stripped(String label) {
		String decomposed = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
			.toUpperCase(java.util.Locale.ROOT);
	}

}
