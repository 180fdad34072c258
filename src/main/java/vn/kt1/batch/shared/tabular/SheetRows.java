package vn.kt1.batch.shared.tabular;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Pulls the rows of a sheet's XML one at a time: each cell as text (shared and inline
 * strings, booleans, cached formula results), numbers as plain decimals ({@code 3101881},
 * {@code 12500.5}) and date cells as {@code yyyy-MM-dd[ HH:mm:ss]}.
 */
final class SheetRows {

	static final byte TEXT = 0;

	static final byte NUMBER = 1;

	static final byte DATE = 2;

	/** The cells of one sheet row, by column position. */
	record Cells(long row, List<String> texts, List<Byte> kinds) {

		byte kind(int column) {
			return (column < this.kinds.size()) ? this.kinds.get(column) : TEXT;
		}

	}

	private final XMLStreamReader xml;

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private long currentRow;

	private final StringBuilder value = new StringBuilder(64);

	SheetRows(InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904)
			throws XMLStreamException {
		XMLInputFactory factory = XMLHelper.newXMLInputFactory();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
		this.xml = factory.createXMLStreamReader(sheet);
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/** @return the element's name without a namespace prefix (the parser is not namespace aware) */
	private String name() {
		String name = this.xml.getLocalName();
		int colon = name.indexOf(':');
		return (colon < 0) ? name : name.substring(colon + 1);
	}

	long currentRow() {
		return this.currentRow;
	}

	/** @return the next row element's cells, or {@code null} after the last */
	Cells next() throws XMLStreamException {
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new XMLStreamException("DOCTYPE refused");
			}
			if (event == XMLStreamConstants.START_ELEMENT && "row".equals(name())) {
				String r = this.xml.getAttributeValue(null, "r");
				this.currentRow = (r != null) ? Long.parseLong(r) : this.currentRow + 1;
				return readRow();
			}
		}
		return null;
	}

	private Cells readRow() throws XMLStreamException {
		List<String> texts = new ArrayList<>(16);
		List<Byte> kinds = new ArrayList<>(16);
		int implicitColumn = 0;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(name())) {
				return new Cells(this.currentRow, texts, kinds);
			}
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(name())) {
				String ref = this.xml.getAttributeValue(null, "r");
				int column = (ref != null) ? column(ref) : implicitColumn;
				implicitColumn = column + 1;
				readCell(column, texts, kinds);
			}
		}
		throw new XMLStreamException("the sheet ends inside row " + this.currentRow);
	}

	private void readCell(int column, List<String> texts, List<Byte> kinds) throws XMLStreamException {
		String type = this.xml.getAttributeValue(null, "t");
		String style = this.xml.getAttributeValue(null, "s");
		StringBuilder value = this.value;
		value.setLength(0);
		boolean inValue = false;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = name();
				inValue = "v".equals(name) || "t".equals(name);
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (inValue) {
					value.append(this.xml.getText());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if ("c".equals(name())) {
					break;
				}
				inValue = false;
			}
		}
		while (texts.size() <= column) {
			texts.add(null);
			kinds.add(TEXT);
		}
		convert(column, type, style, value.toString(), texts, kinds);
	}

	private void convert(int column, String type, String style, String raw, List<String> texts, List<Byte> kinds) {
		if (raw.isEmpty()) {
			return;
		}
		if ("s".equals(type)) {
			texts.set(column, this.strings.getItemAt(Integer.parseInt(raw.strip())).getString());
		}
		else if ("b".equals(type)) {
			texts.set(column, "1".equals(raw.strip()) ? "TRUE" : "FALSE");
		}
		else if (type == null || "n".equals(type)) {
			number(column, style, raw.strip(), texts, kinds);
		}
		else {
			texts.set(column, raw);
		}
	}

	private void number(int column, String style, String raw, List<String> texts, List<Byte> kinds) {
		if (style != null && isDateStyle(Integer.parseInt(style))) {
			LocalDateTime value = DateUtil.getLocalDateTime(Double.parseDouble(raw), this.date1904, true);
			texts.set(column, (value.toLocalTime().toSecondOfDay() == 0) ? value.toLocalDate().toString()
					: value.toLocalDate() + " " + value.toLocalTime().withNano(0));
			kinds.set(column, DATE);
			return;
		}
		texts.set(column, isWholeNumber(raw) ? raw : new BigDecimal(raw).stripTrailingZeros().toPlainString());
		kinds.set(column, NUMBER);
	}

	private static boolean isWholeNumber(String raw) {
		if (raw.isEmpty() || raw.length() > 18 || (raw.charAt(0) == '0' && raw.length() > 1)) {
			return false;
		}
		for (int i = 0; i < raw.length(); i++) {
			if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private boolean isDateStyle(int index) {
		return this.dateStyles.computeIfAbsent(index, (i) -> {
			XSSFCellStyle cellStyle = this.styles.getStyleAt(i);
			return cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// nothing left to read
		}
	}

}
