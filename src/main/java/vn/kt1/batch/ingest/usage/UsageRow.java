package vn.kt1.batch.ingest.usage;

import java.time.YearMonth;

/** One line of an agency's monthly usage report: items and amount for one service. */
record UsageRow(String agency, YearMonth period, String urgency, int items, long amountVnd) {

	String key() {
		return this.agency + "/" + this.period + "/" + this.urgency;
	}

}
