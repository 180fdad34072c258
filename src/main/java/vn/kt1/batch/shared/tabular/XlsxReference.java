package vn.kt1.batch.shared.tabular;

/**
 * The XLSX reading of before 2026-12-07, kept only as the ingest benchmark's reference
 * measured in the same run ({@code kt1 benchmark-ingest}): the JDK's XML parser and POI's
 * {@code ReadOnlySharedStringsTable} in place of Aalto's parser and {@link SharedStrings}.
 * Off unless the benchmark turns it on; nothing else does.
 */
public final class XlsxReference {

	private static volatile boolean on;

	private XlsxReference() {
	}

	/** Read workbooks the way of before (true) or today's (false) from now on, in this JVM. */
	public static void use(boolean reference) {
		on = reference;
	}

	static boolean on() {
		return on;
	}

}
