package vn.kt1.batch.estimate.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.kt1.batch.budget.Budgets;
import vn.kt1.batch.budget.Proposal;
import vn.kt1.batch.estimate.EstimateProperties;
import vn.kt1.batch.estimate.EstimateRun;
import vn.kt1.batch.estimate.Notation;
import vn.kt1.batch.estimate.ProposalCheck;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * The estimate of a year for the Department of Finance, from a stored run: summary by level
 * and category, one row per agency (with its own proposal beside the estimate), one row per
 * agency and service, the backtest, and where every figure comes from. In
 * Vietnamese, A4 landscape, amounts in whole VND; its totals are the run's to the đồng.
 */
@Component
public class EstimateWorkbook {

	static final String SUMMARY = "Tổng hợp";

	public static final String DETAIL = "Chi tiết đơn vị";

	static final String SERVICES = "Chi tiết dịch vụ";

	static final String BACKTEST = "Kiểm định (backtest)";

	static final String SOURCES = "Nguồn dữ liệu";

	private final EstimateResults results;

	private final Budgets budgets;

	private final EstimateProperties properties;

	EstimateWorkbook(EstimateResults results, Budgets budgets, EstimateProperties properties) {
		this.results = results;
		this.budgets = budgets;
		this.properties = properties;
	}

	/** Write the run's workbook; the file appears whole or not at all. */
	public void write(long runId, Path out) throws IOException {
		EstimateRun run = this.results.run(runId);
		List<AgencyRow> agencies = this.results.agencies(runId);
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			SummarySheet.write(workbook, titles(run, "TỔNG HỢP THEO CẤP VÀ NHÓM ĐƠN VỊ"), agencies);
			Map<String, Proposal> proposals = this.budgets.proposals(run.year());
			DetailSheet.write(workbook, titles(run, "CHI TIẾT THEO ĐƠN VỊ"), agencies, run.subItem(),
					(row) -> ProposalCheck.of(row.amountVnd(),
							Optional.ofNullable(proposals.get(row.code())).map(Proposal::amountVnd).orElse(null),
							this.properties.proposalThresholdPercent()));
			ServiceSheet.write(workbook, titles(run, "CĂN CỨ THEO DỊCH VỤ (TRƯỚC DỰ PHÒNG)"),
					this.results.services(runId));
			BacktestSheet.write(workbook, titles(run, "KIỂM ĐỊNH PHƯƠNG PHÁP TRÊN NĂM TRƯỚC (BACKTEST)"),
					this.results.backtest(runId).orElse(null), this.results.backtestAgencies(runId));
			SourcesSheet.write(workbook, titles(run, "NGUỒN DỮ LIỆU VÀ CĂN CỨ TÍNH"), run,
					this.results.backtest(runId).orElse(null));
			workbook.save(out);
		}
	}

	private List<String> titles(EstimateRun run, String sheet) {
		List<String> titles = new ArrayList<>();
		titles.add("DỰ TOÁN KINH PHÍ SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1 NĂM " + run.year());
		titles.add(sheet);
		titles.add(String.join(", ", this.results.provinces(run.id())) + " – Tiểu mục " + run.subItem() + " \""
				+ run.subItemName() + "\" – Đơn vị tính: đồng");
		titles.add("Lập ngày " + Notation.day(run.asOf()) + " từ dữ liệu "
				+ Notation.months(run.historyFrom(), run.historyTo()) + " (lần tính #" + run.id() + ")");
		return titles;
	}

}
