package vn.kt1.batch.ingest;

import java.util.function.ObjLongConsumer;

import org.springframework.stereotype.Component;

/**
 * A place where a load can be made to fail part-way, as a crash would: the functional
 * tests use it to prove restarts. Unless a fault is set, it does nothing.
 */
@Component
public class IngestFaults {

	private volatile ObjLongConsumer<String> fault = (fileName, rowsRead) -> {
	};

	/** Called by loaders after each block of rows read from a file. */
	public void afterRows(String fileName, long rowsRead) {
		this.fault.accept(fileName, rowsRead);
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
