package vn.kt1.batch.report.document;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.kt1.batch.shared.AtomicFile;

/**
 * Writes a Word document laid out as Vietnamese administrative documents are (Decree
 * 30/2020): A4, margins 20 mm top and bottom, 30 mm left, 20 mm right, Times New Roman,
 * justified body text in 14 pt. Sizes are in points, widths in twentieths of a point (twips).
 */
final class DocxBuilder implements AutoCloseable {

	static final String FONT = "Times New Roman";

	/** Width of the text between the margins, in twips (210 mm - 30 mm - 20 mm). */
	static final int TEXT_WIDTH = 9071;

	static final int BODY = 14;

	static final int TABLE = 13;

	private static final int CM = 567;

	private final XWPFDocument document = new XWPFDocument();

	DocxBuilder() {
		CTSectPr section = this.document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2 * CM));
		margins.setBottom(BigInteger.valueOf(2 * CM));
		margins.setLeft(BigInteger.valueOf(3 * CM));
		margins.setRight(BigInteger.valueOf(2 * CM));
		margins.setHeader(BigInteger.valueOf(CM));
		margins.setFooter(BigInteger.valueOf(CM));
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		this.document.createStyles().setDefaultFonts(fonts);
		pageNumbersFromPageTwo(section);
	}

	/**
	 * Page numbers as Decree 30/2020 places them: centred in the top margin, from the second
	 * page (the first page has a header of its own, empty). A {@code PAGE} field, so the
	 * word processor numbers the pages.
	 */
	private void pageNumbersFromPageTwo(CTSectPr section) {
		section.addNewTitlePg();
		this.document.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFParagraph number = this.document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		CTR run = field.addNewR();
		CTRPr properties = run.addNewRPr();
		CTFonts font = properties.addNewRFonts();
		font.setAscii(FONT);
		font.setHAnsi(FONT);
		properties.addNewSz().setVal(BigInteger.valueOf(2 * TABLE));
		run.addNewT().setStringValue("2");
	}

	/** Start a new page. */
	void pageBreak() {
		this.document.createParagraph().setPageBreak(true);
	}

	XWPFDocument document() {
		return this.document;
	}

	/** A centred line. */
	XWPFParagraph centred(String text, int size, boolean bold, boolean italic) {
		XWPFParagraph paragraph = this.document.createParagraph();
		tight(paragraph, ParagraphAlignment.CENTER);
		run(paragraph, text, size, bold, italic);
		return paragraph;
	}

	/** A paragraph of body text: justified, first line indented. */
	XWPFParagraph body(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(CM);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(120);
		paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
		run(paragraph, text, BODY, false, false);
		return paragraph;
	}

	/** A section heading, e.g. {@code I. TÌNH HÌNH CHUNG}. */
	XWPFParagraph heading(String text) {
		XWPFParagraph paragraph = body("");
		paragraph.setSpacingBefore(120);
		paragraph.setKeepNext(true);
		paragraph.getRuns().get(0).setBold(true);
		paragraph.getRuns().get(0).setText(text, 0);
		return paragraph;
	}

	/** A line of dots across the text width, for a person to write on. */
	void dottedLine() {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setSpacingAfter(120);
		paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
		CTTabStop stop = paragraph.getCTP().addNewPPr().addNewTabs().addNewTab();
		stop.setVal(STTabJc.RIGHT);
		stop.setLeader(STTabTlc.DOT);
		stop.setPos(BigInteger.valueOf(TEXT_WIDTH));
		run(paragraph, "", BODY, false, false).addTab();
	}

	/** A short horizontal rule, centred in a width: the line under a header or a title. */
	void rule(XWPFTableCell cell, int width, int length) {
		XWPFParagraph paragraph = (cell != null) ? cell.addParagraph() : this.document.createParagraph();
		tight(paragraph, ParagraphAlignment.CENTER);
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.setIndentationLeft((width - length) / 2);
		paragraph.setIndentationRight((width - length) / 2);
		run(paragraph, "", 2, false, false);
	}

	/** A table with borders, its header row in bold: the small tables of the body. */
	XWPFTable table(List<String> headers, List<List<String>> rows, int[] widths, boolean lastRowBold) {
		return table(headers, rows, widths, lastRowBold, true);
	}

	/** A table of text (a register, a list): every column aligned left. */
	XWPFTable textTable(List<String> headers, List<List<String>> rows, int[] widths) {
		return table(headers, rows, widths, false, false);
	}

	private XWPFTable table(List<String> headers, List<List<String>> rows, int[] widths, boolean lastRowBold,
			boolean numbers) {
		XWPFTable table = grid(headers.size(), widths);
		table.setCellMargins(20, 100, 20, 100);
		fill(table.getRow(0), headers, true, true, numbers);
		for (int r = 0; r < rows.size(); r++) {
			fill(table.createRow(), rows.get(r), lastRowBold && r == rows.size() - 1, false, numbers);
		}
		this.document.createParagraph().setSpacingAfter(0);
		return table;
	}

	/** A table without borders, for the header and the signature blocks. */
	XWPFTable layout(int[] widths, int indent) {
		XWPFTable table = grid(widths.length, widths);
		table.removeBorders();
		table.setCellMargins(0, 57, 0, 57);
		table.setIndent(indent);
		return table;
	}

	/** A paragraph inside a cell; the first call uses the cell's own empty paragraph. */
	XWPFParagraph line(XWPFTableCell cell, String text, int size, boolean bold, boolean italic,
			ParagraphAlignment alignment) {
		boolean empty = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty();
		XWPFParagraph paragraph = empty ? cell.getParagraphs().get(0) : cell.addParagraph();
		tight(paragraph, alignment);
		run(paragraph, text, size, bold, italic);
		return paragraph;
	}

	XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
		return run;
	}

	/** Write the document whole or not at all (see {@link AtomicFile}). */
	void save(Path out) throws IOException {
		AtomicFile.write(out, this.document::write);
	}

	@Override
	public void close() throws IOException {
		this.document.close();
	}

	private XWPFTable grid(int columns, int[] widths) {
		XWPFTable table = this.document.createTable(1, columns);
		table.setTableAlignment(TableRowAlign.CENTER);
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		int total = 0;
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
			total += width;
		}
		table.setWidth(total);
		for (int c = 0; c < columns; c++) {
			table.getRow(0).getCell(c).setWidth(Integer.toString(widths[c]));
		}
		return table;
	}

	private void fill(XWPFTableRow row, List<String> values, boolean bold, boolean header, boolean numbers) {
		for (int c = 0; c < values.size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			boolean number = numbers && !header && c > 0;
			line(cell, values.get(c), TABLE, bold, false,
					header ? ParagraphAlignment.CENTER : number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
		}
		if (header) {
			row.setRepeatHeader(true);
		}
	}

	private static void tight(XWPFParagraph paragraph, ParagraphAlignment alignment) {
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
	}

}
