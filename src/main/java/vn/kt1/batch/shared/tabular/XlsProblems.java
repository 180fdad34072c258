package vn.kt1.batch.shared.tabular;

import java.nio.file.Path;

/** Turns what POI throws on a bad Excel 97–2003 workbook into a reason for people. */
final class XlsProblems {

	private XlsProblems() {
	}

	static TabularFormatException describe(Path file, long row, Throwable ex) {
		if (ex instanceof TabularFormatException format) {
			return format;
		}
		String all = XlsxProblems.messages(ex);
		String reason;
		if (all.contains("encrypted") || all.contains("password")) {
			reason = "a password-protected (encrypted) workbook: remove the password in Excel "
					+ "(File > Info > Protect Workbook > Encrypt with Password, leave it empty), save and send it again";
		}
		else if (all.contains("oldexcelformat") || all.contains("biff5") || all.contains("too old")) {
			reason = "an Excel 5.0/95 workbook, too old to read: open it in Excel, save it as .xlsx and send that";
		}
		else {
			reason = "corrupt or truncated .xls workbook (" + XlsxProblems.firstMessage(ex) + ")";
		}
		return new TabularFormatException(file, row, null, reason, ex);
	}

}
