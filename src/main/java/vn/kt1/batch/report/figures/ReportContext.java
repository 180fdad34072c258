package vn.kt1.batch.report.figures;

import java.time.LocalDateTime;

/**
 * What every part of a report needs besides the database: the figures, who issues it and
 * which run made it.
 *
 * @param figures the year's figures (with the period and the runs)
 * @param issuer who issues the report
 * @param jobExecutionId the execution of {@code yearEndReportJob} that writes it
 * @param madeAt when it was made
 * @param overrideReason the operator's reason to go on despite ERROR checks, or {@code null}
 */
public record ReportContext(YearFigures figures, Issuer issuer, long jobExecutionId, LocalDateTime madeAt,
		String overrideReason) {

	public ReportPeriod period() {
		return this.figures.period();
	}

	/** @return e.g. {@code từ 01/01/2026 đến 30/11/2026} */
	public String span() {
		return "từ " + VietnameseText.day(period().start()) + " đến " + VietnameseText.day(period().end());
	}

	/** @return the line under a sheet's title: period, cut-off, money unit */
	public String periodLine() {
		return "Số liệu " + span() + " (chốt số liệu ngày " + VietnameseText.day(period().cutoff())
				+ "). Đơn vị tiền: đồng.";
	}

}
