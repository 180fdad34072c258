package vn.kt1.batch.ingest.throughput;

/**
 * Packs a valid S10 barcode (2 letters, 9 digits, 2 letters) into one {@code long}, so
 * that a file's million items fit in a primitive map.
 */
final class BarcodeKeys {

	private BarcodeKeys() {
	}

	static long of(String barcode) {
		long key = letter(barcode, 0) * 26 + letter(barcode, 1);
		for (int i = 2; i < 11; i++) {
			key = key * 10 + (barcode.charAt(i) - '0');
		}
		return (key * 26 + letter(barcode, 11)) * 26 + letter(barcode, 12);
	}

	private static int letter(String barcode, int index) {
		return barcode.charAt(index) - 'A';
	}

}
