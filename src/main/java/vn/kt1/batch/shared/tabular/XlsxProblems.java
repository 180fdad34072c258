package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;

/** Turns what POI and the XML parser throw on a bad workbook into a reason for people. */
final class XlsxProblems {

	private XlsxProblems() {
	}

	static TabularFormatException describe(Path file, long row, Throwable ex) {
		if (ex instanceof TabularFormatException format) {
			return format;
		}
		String all = messages(ex);
		String reason;
		if (all.contains("zip bomb")) {
			reason = "refused: the compressed content expands suspiciously (zip bomb?)";
		}
		else if (all.contains("doctype") || all.contains("entity") || all.contains("dtd")) {
			reason = "refused: the workbook's XML declares a DOCTYPE or external entities";
		}
		else {
			reason = "corrupt or truncated XLSX file (" + firstMessage(ex) + ")";
		}
		return new TabularFormatException(file, row, null, reason, ex);
	}

	static String messages(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(' ').append(t.getClass().getSimpleName()).append(' ').append(t.getMessage());
		}
		return all.toString().toLowerCase(java.util.Locale.ROOT);
	}

	static String firstMessage(Throwable ex) {
		String message = ex.getMessage();
		return (message != null) ? message.lines().findFirst().orElse(message) : ex.getClass().getSimpleName();
	}

}
