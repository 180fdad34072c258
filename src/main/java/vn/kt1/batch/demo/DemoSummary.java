package vn.kt1.batch.demo;

/**
 * What was generated.
 *
 * @param files files written
 * @param items KT1 items accepted
 * @param throughputRows throughput rows (one per item per change of state)
 * @param malformedRows throughput rows made malformed on purpose
 * @param usageRows usage report rows
 * @param vouchers payment vouchers
 */
public record DemoSummary(long files, long items, long throughputRows, long malformedRows, long usageRows,
		long vouchers) {

	DemoSummary plus(DemoSummary other) {
		return new DemoSummary(this.files + other.files, this.items + other.items,
				this.throughputRows + other.throughputRows, this.malformedRows + other.malformedRows,
				this.usageRows + other.usageRows, this.vouchers + other.vouchers);
	}

}
