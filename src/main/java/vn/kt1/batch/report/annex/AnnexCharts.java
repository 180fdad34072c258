package vn.kt1.batch.report.annex;

import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

import vn.kt1.batch.report.figures.ReportContext;
import vn.kt1.batch.report.figures.VietnameseText;
import vn.kt1.batch.report.figures.YearFigures;
import vn.kt1.batch.shared.code.Codes;
import vn.kt1.batch.shared.code.Urgency;
import vn.kt1.batch.shared.xlsx.WorkbookWriter;

/**
 * Sheet "Biểu đồ": the monthly volume by service (stacked columns) and the on-time share by
 * month against the year before (lines), drawn with POI's chart API from the monthly table
 * of "Tổng hợp". Each series refers to that table's cells and carries their values too, so
 * a reader that does not recalculate still shows the chart.
 */
final class AnnexCharts {

	static final String NAME = "Biểu đồ";

	/** Colours of the services' columns: Thường, Hỏa tốc, Hẹn giờ. */
	private static final String[] COLUMN_COLOURS = { "2E75B6", "C00000", "F4B183" };

	private AnnexCharts() {
	}

	/**
	 * @param monthRows the first and last row (0-based) of the monthly table of "Tổng hợp"
	 */
	static void write(WorkbookWriter workbook, ReportContext report, int[] monthRows) {
		int year = report.period().year();
		workbook.sheet(NAME, List.of("BIỂU ĐỒ SẢN LƯỢNG VÀ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH KT1 NĂM " + year,
				report.periodLine())).onePage().finish();
		XSSFDrawing drawing = workbook.drawing(NAME);
		YearFigures figures = report.figures();
		List<YearMonth> months = report.period().months();
		String[] labels = months.stream().map(VietnameseText::month).toArray(String[]::new);
		XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(labels,
				range(monthRows, SummarySheet.MONTH_COLUMN));
		volume(drawing, figures, months, categories, monthRows, year);
		onTime(drawing, figures, months, categories, monthRows, year);
	}

	private static void volume(XSSFDrawing drawing, YearFigures figures, List<YearMonth> months,
			XDDFDataSource<String> categories, int[] monthRows, int year) {
		XSSFChart chart = chart(drawing, 0, "Sản lượng bưu gửi KT1 theo tháng và dịch vụ");
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setTitle("Số bưu gửi");
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom(chart, left), left);
		bars.setBarDirection(BarDirection.COL);
		bars.setBarGrouping(BarGrouping.STACKED);
		bars.setVaryColors(false);
		for (int u = 0; u < Codes.codes(Urgency.class).size(); u++) {
			String urgency = Codes.codes(Urgency.class).get(u);
			Long[] values = months.stream()
				.map((month) -> figures.quality((c) -> c.month().equals(month) && c.urgency().equals(urgency))
					.accepted())
				.toArray(Long[]::new);
			int column = SummarySheet.FIRST_URGENCY_COLUMN + u;
			XDDFNumericalDataSource<Long> series = XDDFDataSourcesFactory.fromArray(values, range(monthRows, column));
			XDDFChartData.Series added = bars.addSeries(categories, series);
			added.setTitle(Urgency.label(urgency), header(monthRows, column));
			added.setFillProperties(new XDDFSolidFillProperties(color(COLUMN_COLOURS[u])));
		}
		chart.plot(bars);
		fullOverlap(chart);
	}

	/** @return a chart 9 columns wide from the given column, below the title block, legend at the bottom */
	private static XSSFChart chart(XSSFDrawing drawing, int firstColumn, String title) {
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, firstColumn, 3, firstColumn + 9, 28));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		return chart;
	}

	/** @return the month axis, crossing the value axis at zero */
	private static XDDFCategoryAxis bottom(XSSFChart chart, XDDFValueAxis left) {
		left.setCrosses(AxisCrosses.AUTO_ZERO);
		left.setCrossBetween(AxisCrossBetween.BETWEEN);
		return chart.createCategoryAxis(AxisPosition.BOTTOM);
	}

	/**
	 * Stacked columns overlap fully ({@code <c:overlap val="100"/>}, before the axes), or
	 * Excel draws each series beside the others. Written through a cursor: the lite OOXML
	 * schemas lack the type that {@code setOverlap} needs.
	 */
	private static void fullOverlap(XSSFChart chart) {
		CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
		try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
			cursor.beginElement(new QName(bar.getDomNode().getNamespaceURI(), "overlap"));
			cursor.insertAttributeWithValue("val", "100");
		}
	}

	private static void onTime(XSSFDrawing drawing, YearFigures figures, List<YearMonth> months,
			XDDFDataSource<String> categories, int[] monthRows, int year) {
		XSSFChart chart = chart(drawing, 10, "Tỷ lệ phát đúng chỉ tiêu thời gian theo tháng (%)");
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setNumberFormat("0%");
		left.setMaximum(1.0);
		XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom(chart, left), left);
		lines.setVaryColors(false);
		addLine(lines, categories, months, figures, 0, "Năm " + year,
				range(monthRows, SummarySheet.ON_TIME_COLUMN), "1F4E79");
		addLine(lines, categories, months, figures, 1, "Năm " + (year - 1),
				range(monthRows, SummarySheet.PREVIOUS_ON_TIME_COLUMN), "A5A5A5");
		chart.plot(lines);
	}

	private static void addLine(XDDFLineChartData lines, XDDFDataSource<String> categories, List<YearMonth> months,
			YearFigures figures, int yearsBack, String title, String range, String colour) {
		Double[] values = months.stream()
			.map((month) -> figures.quality((c) -> c.month().equals(month.minusYears(yearsBack))).onTimeShare())
			.toArray(Double[]::new);
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines
			.addSeries(categories, XDDFDataSourcesFactory.fromArray(values, range));
		series.setTitle(title, null);
		series.setSmooth(false);
		series.setMarkerStyle(MarkerStyle.CIRCLE);
		XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(color(colour)));
		line.setWidth(2.25);
		series.setLineProperties(line);
		XDDFShapeProperties marker = series.getShapeProperties();
		marker = (marker != null) ? marker : new XDDFShapeProperties();
		marker.setFillProperties(new XDDFSolidFillProperties(color(colour)));
		marker.setLineProperties(line);
		series.setShapeProperties(marker);
	}

	private static XDDFColor color(String rgb) {
		return XDDFColor.from(HexFormat.of().parseHex(rgb));
	}

	private static String range(int[] rows, int column) {
		return new CellRangeAddress(rows[0], rows[1], column, column).formatAsString(SummarySheet.NAME, true);
	}

	private static CellReference header(int[] rows, int column) {
		return new CellReference(SummarySheet.NAME, rows[0] - 1, column, true, true);
	}

}
