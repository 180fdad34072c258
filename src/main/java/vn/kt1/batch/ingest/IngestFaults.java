package vn.kt1.batch.ingest;

import java.util.function.ObjLongConsumer;

import org.springframework.stereotype.Component;

/**
 * A place where a load can be made to fail part-way, as a crash would: the functional
 * tests use it to prove restarts. Unless a fault is set, it does nothing.
 */
@Component
public class IngestFaults {

	/** A crash made on purpose: like a real crash, it stops the job rather than refusing the file. */
	public static final class Crash extends RuntimeException {

		Crash(RuntimeException cause) {
			super(cause.getMessage(), cause);
		}

	}

	private volatile ObjLongConsumer<String> fault = (fileName, rowsRead) -> {
	};

	/** Called by loaders after each block of rows read from a file. */
	public void afterRows(String fileName, long rowsRead) {
		try {
			this.fault.accept(fileName, rowsRead);
		}
		catch (RuntimeException ex) {
			throw new Crash(ex);
		}
	}

	/** @param fault throws to stop the load of the named file, or does nothing */
	public void set(ObjLongConsumer<String> fault) {
		this.fault = fault;
	}

	/** Remove any fault. */
	public void clear() {
		set((fileName, rowsRead) -> {
		});
	}

}
