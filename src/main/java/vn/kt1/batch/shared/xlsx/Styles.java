package vn.kt1.batch.shared.xlsx;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, made once. Number formats carry the Vietnamese locale
 * ({@code [$-42A]}), so applications that honour it group thousands with {@code .}; Excel
 * shows the separators of the reader's own settings.
 */
final class Styles {

	static final String FONT = "Times New Roman";

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle header;

	final CellStyle literalText;

	final CellStyle caption;

	final CellStyle bold;

	private final Map<CellKind, CellStyle> body = new EnumMap<>(CellKind.class);

	private final Map<CellKind, CellStyle> total = new EnumMap<>(CellKind.class);

	private final Map<CellStyle, CellStyle> literal = new HashMap<>();

	private final Workbook workbook;

	Styles(Workbook workbook) {
		this.workbook = workbook;
		Font plain = font(workbook, false, 11);
		Font strong = font(workbook, true, 11);
		this.title = workbook.createCellStyle();
		this.title.setFont(font(workbook, true, 14));
		this.title.setAlignment(HorizontalAlignment.CENTER);
		this.subtitle = workbook.createCellStyle();
		this.subtitle.setFont(font(workbook, false, 11));
		this.subtitle.setAlignment(HorizontalAlignment.CENTER);
		this.header = workbook.createCellStyle();
		this.header.setFont(strong);
		this.header.setWrapText(true);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		border(this.header);
		DataFormat formats = workbook.createDataFormat();
		for (CellKind kind : CellKind.values()) {
			this.body.put(kind, cell(workbook, formats, kind, plain));
			this.total.put(kind, cell(workbook, formats, kind, strong));
		}
		this.literalText = cell(workbook, formats, CellKind.TEXT, plain);
		this.literalText.setQuotePrefixed(true);
		this.bold = cell(workbook, formats, CellKind.TEXT, strong);
		this.caption = workbook.createCellStyle();
		this.caption.setFont(font(workbook, true, 12));
		this.literal.put(this.body(CellKind.TEXT), this.literalText);
	}

	CellStyle body(CellKind kind) {
		return this.body.get(kind);
	}

	CellStyle total(CellKind kind) {
		return this.total.get(kind);
	}

	/** @return the style shown as literal text: the same look, with the quote prefix */
	CellStyle literal(CellStyle style) {
		return this.literal.computeIfAbsent(style, (plain) -> {
			CellStyle quoted = this.workbook.createCellStyle();
			quoted.cloneStyleFrom(plain);
			quoted.setQuotePrefixed(true);
			return quoted;
		});
	}

	private static CellStyle cell(Workbook workbook, DataFormat formats, CellKind kind, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		border(style);
		switch (kind) {
			case INTEGER, MONEY -> style.setDataFormat(formats.getFormat("[$-42A]#,##0"));
			case PERCENT -> style.setDataFormat(formats.getFormat("[$-42A]0.0%"));
			case DATE -> style.setDataFormat(formats.getFormat("dd/mm/yyyy"));
			case DATETIME -> style.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
			default -> {
				// text stays on one line: streamed rows cannot grow to fit wrapped text
			}
		}
		return style;
	}

	private static Font font(Workbook workbook, boolean bold, int points) {
		Font font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private static void border(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
