package vn.kt1.batch.demo;

import vn.kt1.batch.shared.S10;

/** Barcodes for generated items: a province's two letters and a running serial. */
final class S10Serials {

	private S10Serials() {
	}

	/** First letters by the province code's quarter (codes 01..96), so no two provinces share a prefix. */
	private static final String FIRST_LETTERS = "ELRK";

	/**
	 * @param provinceCode the 2-digit province code
	 * @return the province's two letters: one of E, L, R, K by {@code code / 26}, then A..Z by
	 * {@code code % 26}
	 */
	static String prefix(String provinceCode) {
		int index = Integer.parseInt(provinceCode);
		return "" + FIRST_LETTERS.charAt(index / 26) + (char) ('A' + index % 26);
	}

	static String next(String prefix, int serial) {
		return S10.of(prefix, serial % 100_000_000, "VN");
	}

}
