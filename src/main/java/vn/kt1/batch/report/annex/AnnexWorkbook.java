package vn.kt1.batch.report.annex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.quality.DeliveryNorms;
import vn.kt1.batch.report.ReportProperties;
import vn.kt1.batch.report.document.NormText;
import vn.kt1.batch.report.figures.BudgetBases;
import vn.kt1.batch.report.figures.BudgetBasis;
import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.ReportQueries;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.code.Zone;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * The report's Excel annex (phụ lục): the summary, the charts, then the detail sheets and the
 * data's provenance. Streamed: rows go to disk as they are written, whatever the number of
 * agencies, post offices or exceptions.
 */
@Component
public class AnnexWorkbook {

	private final ReportQueries queries;

	private final DeliveryNorms norms;

	private final BudgetBases bases;

	private final int exceptionRowsPerKind;

	AnnexWorkbook(ReportQueries queries, DeliveryNorms norms, BudgetBases bases, ReportProperties properties) {
		this.queries = queries;
		this.norms = norms;
		this.bases = bases;
		this.exceptionRowsPerKind = properties.exceptionRowsPerKind();
	}

	public void write(ReportContext report, Path out) throws IOException {
		int year = report.period().year();
		BudgetBasis budgets = this.bases.forYear(year);
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			int[] monthRows = SummarySheet.write(workbook, report);
			AnnexCharts.write(workbook, report, monthRows);
			AgencySheet.write(workbook, report, this.queries, budgets);
			PostOfficeSheet.write(workbook, report, this.queries);
			QualitySheet.write(workbook, report, this.norms);
			SafetySheet.write(workbook, report);
			ExceptionSheet.write(workbook, report, this.queries, this.exceptionRowsPerKind);
			UnusedAgencySheet.write(workbook, report, this.queries);
			String estimate = budgets.amounts().isEmpty() ? "Năm " + year + " " + AgencySheet.NO_ESTIMATE
					: "dự toán được giao của " + budgets.allocated().size() + " đơn vị"
							+ budgets.estimateSource().map((source) -> "; dự toán ước tính (" + source + ") của "
									+ (budgets.amounts().size() - budgets.allocated().size()) + " đơn vị không có dự toán "
									+ "được giao").orElse("");
			SourcesSheet.write(workbook, report, this.queries, estimate, normsInForce(report));
			workbook.save(out);
		}
	}

	private String normsInForce(ReportContext report) {
		List<String> norms = new ArrayList<>();
		for (String scope : Codes.codes(Zone.class)) {
			for (String urgency : List.of("KT1", "HT")) {
				norms.add(Urgency.label(urgency) + " " + Zone.label(scope).toLowerCase(VietnameseText.VIETNAMESE)
						+ ": " + NormText.of(this.norms, report.period(), scope, urgency));
			}
		}
		return String.join("; ", norms) + "; Hẹn giờ: theo giờ hẹn";
	}

}
