package vn.kt1.batch.shared.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import vn.kt1.batch.shared.AtomicFile;

/**
 * A workbook for people, streamed to disk (bounded memory whatever the row count), written
 * to a temporary file and moved into place, so a failed run never leaves half a file.
 */
public final class WorkbookWriter implements AutoCloseable {

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final Styles styles = new Styles(this.workbook);

	/**
	 * @param name the sheet's name (at most 31 characters)
	 * @param titles the title block: first line bold and large, then the others
	 */
	public SheetWriter sheet(String name, List<String> titles, List<Column> columns) {
		return new SheetWriter(this.workbook.createSheet(name), this.styles, titles, columns);
	}

	/**
	 * A sheet of several tables, each begun with {@link SheetWriter#table}.
	 * @param name the sheet's name (at most 31 characters)
	 * @param titles the title block: first line bold and large, then the others
	 */
	public SheetWriter sheet(String name, List<String> titles) {
		return new SheetWriter(this.workbook.createSheet(name), this.styles, titles);
	}

	/**
	 * A streamed sheet's drawing layer, where charts go: the rows are streamed, the drawing is
	 * not (it is written with the sheet when the workbook is saved).
	 * @param name the name of a sheet made by this writer
	 */
	public XSSFDrawing drawing(String name) {
		return this.workbook.getXSSFWorkbook().getSheet(name).createDrawingPatriarch();
	}

	/** @return the workbook, for what the writer does not cover (charts are not streamed) */
	public SXSSFWorkbook workbook() {
		return this.workbook;
	}

	/** Write the workbook whole or not at all (see {@link AtomicFile}). */
	public void save(Path out) throws IOException {
		AtomicFile.write(out, this.workbook::write);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

}
