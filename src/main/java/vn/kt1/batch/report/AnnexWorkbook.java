package vn.kt1.batch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.kt1.batch.estimate.BudgetEstimates;
import vn.kt1.batch.reconcile.quality.DeliveryNorms;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * The report's Excel annex (phụ lục): the summary, the charts, then the detail sheets and the
 * data's provenance. Streamed: rows go to disk as they are written, whatever the number of
 * agencies, post offices or exceptions.
 */
@Component
class AnnexWorkbook {

	private final ReportQueries queries;

	private final DeliveryNorms norms;

	private final BudgetEstimates estimates;

	private final int exceptionRowsPerKind;

	AnnexWorkbook(ReportQueries queries, DeliveryNorms norms, BudgetEstimates estimates, ReportProperties properties) {
		this.queries = queries;
		this.norms = norms;
		this.estimates = estimates;
		this.exceptionRowsPerKind = properties.exceptionRowsPerKind();
	}

	void write(ReportContext report, Path out) throws IOException {
		int year = report.period().year();
		Map<String, Long> estimates = this.estimates.forYear(year);
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			int[] monthRows = SummarySheet.write(workbook, report);
			AnnexCharts.write(workbook, report, monthRows);
			AgencySheet.write(workbook, report, this.queries, estimates);
			PostOfficeSheet.write(workbook, report, this.queries);
			QualitySheet.write(workbook, report, this.norms);
			SafetySheet.write(workbook, report);
			ExceptionSheet.write(workbook, report, this.queries, this.exceptionRowsPerKind);
			UnusedAgencySheet.write(workbook, report, this.queries);
			String estimate = this.estimates.describe(year).orElse("Năm " + year + " " + AgencySheet.NO_ESTIMATE);
			SourcesSheet.write(workbook, report, this.queries, estimate, normsInForce(report));
			workbook.save(out);
		}
	}

	private String normsInForce(ReportContext report) {
		List<String> norms = new ArrayList<>();
		for (String scope : Labels.SCOPES) {
			for (String urgency : List.of("KT1", "HT")) {
				norms.add(Labels.urgency(urgency) + " " + Labels.scope(scope).toLowerCase(VietnameseText.VIETNAMESE)
						+ ": " + NormText.of(this.norms, report.period(), scope, urgency));
			}
		}
		return String.join("; ", norms) + "; Hẹn giờ: theo giờ hẹn";
	}

}
