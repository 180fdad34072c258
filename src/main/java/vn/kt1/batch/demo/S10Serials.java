package vn.kt1.batch.demo;

import vn.kt1.batch.shared.S10;

/** Barcodes for generated items: a province's two letters and a running serial. */
final class S10Serials {

	private S10Serials() {
	}

	static String next(String prefix, int serial) {
		return S10.of(prefix, serial % 100_000_000, "VN");
	}

}
