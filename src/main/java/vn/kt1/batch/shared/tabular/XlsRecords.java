package vn.kt1.batch.shared.tabular;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Turns the records of an Excel 97–2003 workbook stream (POI's HSSF event API: one record at
 * a time, the workbook never built in memory) into the rows of its first sheet, handed to
 * the sink as each row ends. Stops after the first sheet.
 */
final class XlsRecords extends AbortableHSSFListener {

	/** An Excel 97–2003 sheet has 256 columns. */
	private static final int COLUMNS = 256;

	private final PrefetchingRows.Sink sink;

	private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener((record) -> {
	});

	private SSTRecord strings;

	private boolean date1904;

	private int worksheets;

	private SheetCells row;

	private int pendingFormulaColumn = -1;

	private long currentRow;

	XlsRecords(PrefetchingRows.Sink sink) {
		this.sink = sink;
	}

	long currentRow() {
		return this.currentRow;
	}

	@Override
	public short abortableProcessRecord(Record record) {
		this.formats.processRecordInternally(record);
		if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
			this.worksheets++;
		}
		else if (record instanceof SSTRecord sst) {
			this.strings = sst;
		}
		else if (record instanceof DateWindow1904Record window) {
			this.date1904 = window.getWindowing() == 1;
		}
		else if (this.worksheets == 1) {
			if (record instanceof EOFRecord) {
				flush();
				return 1;
			}
			cell(record);
		}
		return 0;
	}

	private void cell(Record record) {
		if (record instanceof StringRecord text && this.pendingFormulaColumn >= 0) {
			this.row.text(this.pendingFormulaColumn, text.getString());
			this.pendingFormulaColumn = -1;
			return;
		}
		if (!(record instanceof CellValueRecordInterface cell)) {
			return;
		}
		this.pendingFormulaColumn = -1;
		rowOf(cell.getRow());
		int column = cell.getColumn();
		if (column < 0 || column >= COLUMNS) {
			this.row.beyondLastColumn();
			return;
		}
		if (record instanceof LabelSSTRecord label) {
			sharedString(column, label.getSSTIndex());
		}
		else if (record instanceof LabelRecord label) {
			this.row.text(column, label.getValue());
		}
		else if (record instanceof NumberRecord number) {
			number(column, number.getValue(), cell);
		}
		else if (record instanceof BoolErrRecord boolErr) {
			boolErr(column, boolErr);
		}
		else if (record instanceof FormulaRecord formula) {
			formula(column, formula);
		}
	}

	private void formula(int column, FormulaRecord formula) {
		CellType type = CellType.forInt(formula.getCachedResultType());
		switch (type) {
			case STRING -> this.pendingFormulaColumn = column;
			case NUMERIC -> number(column, formula.getValue(), formula);
			case BOOLEAN -> this.row.text(column, formula.getCachedBooleanValue() ? "TRUE" : "FALSE");
			case ERROR -> this.row.error(column, errorCode(formula.getCachedErrorValue()));
			default -> {
			}
		}
	}

	private void boolErr(int column, BoolErrRecord record) {
		if (record.isBoolean()) {
			this.row.text(column, record.getBooleanValue() ? "TRUE" : "FALSE");
		}
		else {
			this.row.error(column, errorCode(record.getErrorValue()));
		}
	}

	private static String errorCode(int code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR";
		}
	}

	private void sharedString(int column, int index) {
		if (this.strings == null || index < 0 || index >= this.strings.getNumUniqueStrings()) {
			this.row.problem(column, "the cell refers to a shared text that the workbook does not have", "");
			return;
		}
		this.row.text(column, this.strings.getString(index).getString());
	}

	private void number(int column, double value, CellValueRecordInterface cell) {
		if (isDate(cell)) {
			LocalDateTime date = DateUtil.isValidExcelDate(value) ? DateUtil.getLocalDateTime(value, this.date1904, true)
					: null;
			if (date == null) {
				this.row.problem(column, "the date cell holds " + plain(value)
						+ ", which is no date (a negative or impossible date serial)", plain(value));
				return;
			}
			this.row.date(column, (date.toLocalTime().toSecondOfDay() == 0) ? date.toLocalDate().toString()
					: date.toLocalDate() + " " + date.toLocalTime().withNano(0));
			return;
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			this.row.problem(column, "the cell holds no number", String.valueOf(value));
			return;
		}
		this.row.number(column, plain(value));
	}

	private boolean isDate(CellValueRecordInterface cell) {
		try {
			int index = this.formats.getFormatIndex(cell);
			return index >= 0 && DateUtil.isADateFormat(index, this.formats.getFormatString(index));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String plain(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private void rowOf(int index) {
		long number = index + 1L;
		if (this.row == null || this.row.row() != number) {
			flush();
			this.currentRow = number;
			this.row = new SheetCells(number, COLUMNS);
		}
	}

	/** Hand the row being built to the sink. */
	void flush() {
		if (this.row != null) {
			this.sink.accept(this.row);
			this.row = null;
		}
	}

}
