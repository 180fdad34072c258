package vn.kt1.batch.reference;

import java.nio.file.Path;

/**
 * The files of one reference import; any of them may be {@code null}.
 */
public record ReferenceImport(Path agencies, Path postOffices, Path tariff) {

	/** The sample province shipped in {@code config/reference/<dir>}. */
	public static ReferenceImport sample(Path dir) {
		return new ReferenceImport(dir.resolve("agencies.csv"), dir.resolve("post-offices.csv"),
				dir.resolve("tariff.csv"));
	}

}
