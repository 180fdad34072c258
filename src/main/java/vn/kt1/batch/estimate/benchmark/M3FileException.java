package vn.kt1.batch.estimate.benchmark;

/** An M3 data file that cannot be read, with where and why in one line. */
class M3FileException extends RuntimeException {

	M3FileException(String message) {
		super(message);
	}

}
