package vn.kt1.batch.shared.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

	/** @return the workbook, for what the writer does not cover (charts are not streamed) */
	public SXSSFWorkbook workbook() {
		return this.workbook;
	}

	public void save(Path out) throws IOException {
		Path parent = out.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path partial = Files.createTempFile(parent, out.getFileName().toString(), ".part");
		try {
			try (OutputStream stream = Files.newOutputStream(partial)) {
				this.workbook.write(stream);
			}
			Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

}
