package vn.kt1.batch.schedule;

/** A schedule file that cannot be used, said in one line that names the file. */
class ScheduleFileException extends RuntimeException {

	ScheduleFileException(String message) {
		super(message);
	}

}
