package vn.kt1.batch.ingest.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.kt1.batch.ingest.InputTemplates;
import vn.kt1.batch.shared.S10;
import vn.kt1.batch.shared.tabular.Column;

/**
 * Writes throughput files of accepted items for the ingest benchmark, in a form that both
 * the ingest job and MariaDB's own {@code LOAD DATA} read: {@code ,} between fields, ISO
 * date-times, plain numbers, a header line of column codes.
 */
final class BenchmarkFiles {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final List<String> postOffices;

	private final List<String> agencies;

	BenchmarkFiles(List<String> postOffices, List<String> agencies) {
		this.postOffices = postOffices;
		this.agencies = agencies;
	}

	void writeCsv(Path file, int rows, int firstSerial) throws IOException {
		SplittableRandom random = new SplittableRandom(rows);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", InputTemplates.THROUGHPUT.columns().stream().map(Column::code).toList()));
			out.write('\n');
			for (int i = 0; i < rows; i++) {
				out.write(String.join(",", row(random, firstSerial + i)));
				out.write('\n');
			}
		}
	}

	/**
	 * @param sharedStrings whether texts go to the shared-strings table, as Excel writes them,
	 * or inline in the sheet, as many exporting programs do
	 */
	void writeXlsx(Path file, int rows, int firstSerial, boolean sharedStrings) throws IOException {
		SplittableRandom random = new SplittableRandom(rows);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1000, false, sharedStrings);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("San luong");
			Row header = sheet.createRow(0);
			List<Column> columns = InputTemplates.THROUGHPUT.columns();
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c).label());
			}
			for (int i = 0; i < rows; i++) {
				String[] values = row(random, firstSerial + i);
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < values.length; c++) {
					if (c == 8 || c == 9) {
						row.createCell(c).setCellValue(Long.parseLong(values[c]));
					}
					else if (!values[c].isEmpty()) {
						row.createCell(c).setCellValue(values[c]);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private String[] row(SplittableRandom random, int serial) {
		LocalDateTime accepted = LocalDateTime.of(2026, 1, 1, 7, 0).plusMinutes(random.nextInt(300 * 24 * 60));
		String secrecy = switch (random.nextInt(10)) {
			case 0 -> "A";
			case 1, 2 -> "C";
			default -> "";
		};
		return new String[] { S10.of("KT", serial, "VN"), accepted.format(TIME),
				this.postOffices.get(random.nextInt(this.postOffices.size())),
				this.agencies.get(random.nextInt(this.agencies.size())),
				this.agencies.get(random.nextInt(this.agencies.size())), (random.nextInt(10) == 0) ? "HT" : "KT1",
				secrecy, "THU", Integer.toString(20 + random.nextInt(230)),
				Integer.toString(12_500 + random.nextInt(40) * 1000), "CHAP_NHAN", "", "" };
	}

}
