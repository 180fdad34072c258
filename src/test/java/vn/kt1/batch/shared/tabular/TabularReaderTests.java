package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TabularReaderTests {

	static final Template TEMPLATE = new Template("test",
			List.of(new Column("ma_buu_gui", "Mã bưu gửi", true), new Column("cuoc_vnd", "Cước (VND)", true),
					new Column("ngay_phat", "Ngày phát", false)));

	@TempDir
	Path dir;

	@Test
	void csvWithCodesAsHeaders() throws Exception {
		assertThat(read(csv("a.csv", "ma_buu_gui,cuoc_vnd,ngay_phat\nKT1,12.500,2026-10-05\n")))
			.containsExactly("2|KT1|12.500|2026-10-05");
	}

	@Test
	void semicolonBomCrlfTitleRowsAndVietnameseLabelsInAnyOrder() throws Exception {
		Path file = this.dir.resolve("b.csv");
		Files.write(file, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				("BÁO CÁO SẢN LƯỢNG\r\nNgày 05/10/2026;;\r\n\r\nCƯỚC (VND);Ghi chú;MÃ BƯU GỬI\r\n12.500;x;KT1\r\n")
					.getBytes(StandardCharsets.UTF_8)));

		try (TabularReader reader = TabularReader.open(file, TEMPLATE)) {
			assertThat(reader.headerLine()).isEqualTo(4);
			assertThat(reader.ignoredHeaders()).containsExactly("Ghi chú");
			assertThat(reader.headerColumns()).containsEntry("ma_buu_gui", 2).containsEntry("cuoc_vnd", 0);
		}
		assertThat(read(file)).containsExactly("5|KT1|12.500|null");
	}

	@Test
	void quotedFieldsWithDelimitersQuotesAndLineBreaksKeepLineNumbers() throws Exception {
		Path file = csv("c.csv", "ma_buu_gui,cuoc_vnd,ngay_phat\n\"KT,1\",\"12,500\",\"a \"\"b\"\"\nc\"\nKT2,1,\n");

		assertThat(read(file)).containsExactly("2|KT,1|12,500|a \"b\"\nc", "4|KT2|1|null");
	}

	@Test
	void blankRowsAreSkippedSilently() throws Exception {
		assertThat(read(csv("d.csv", "ma_buu_gui,cuoc_vnd\n,\n\nKT1,1\n  ,  \n"))).containsExactly("4|KT1|1|null");
	}

	@Test
	void missingRequiredColumnIsNamed() throws Exception {
		assertThatExceptionOfType(TabularFormatException.class)
			.isThrownBy(() -> TabularReader.open(csv("e.csv", "ma_buu_gui,ngay_phat\nKT1,\n"), TEMPLATE))
			.withMessage("e.csv: missing required column cuoc_vnd (Cước (VND))");
	}

	@Test
	void emptyFileAndHeaderOnly() throws Exception {
		assertThatExceptionOfType(TabularFormatException.class)
			.isThrownBy(() -> TabularReader.open(csv("empty.csv", ""), TEMPLATE))
			.withMessage("empty.csv: empty file");
		assertThat(read(csv("header.csv", "ma_buu_gui,cuoc_vnd\r\n"))).isEmpty();
	}

	@Test
	void textThatIsNotUtf8IsRefusedNamingTheLine() throws Exception {
		Path file = this.dir.resolve("latin1.csv");
		Files.write(file, "ma_buu_gui,cuoc_vnd\nKT1,1\nCông an,2\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> read(file))
			.withMessageStartingWith("latin1.csv, line 3: not valid UTF-8 (byte 0xF4)")
			.withMessageContaining("CSV UTF-8");
	}

	@Test
	void aFiftyMegabyteFieldRejectsItsRowWithoutBeingHeldAndTheNextRowsRead() throws Exception {
		Path file = this.dir.resolve("huge.csv");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("ma_buu_gui,cuoc_vnd\nKT1,".getBytes(StandardCharsets.US_ASCII));
			byte[] block = new byte[1 << 20];
			Arrays.fill(block, (byte) '7');
			for (int i = 0; i < 50; i++) {
				out.write(block);
			}
			out.write("\nKT2,5\n".getBytes(StandardCharsets.US_ASCII));
		}

		List<vn.kt1.batch.shared.tabular.Row> rows = rows(file);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).problem()).isEqualTo(
				"the row is longer than 1,048,576 characters (no row of this template is): only its start is kept");
		assertThat(rows.get(0).values()[1]).hasSizeLessThanOrEqualTo(1 << 20);
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).values()).containsExactly("KT2", "5", null);
		assertThat(rows.get(1).problem()).isNull();
	}

	@Test
	void aFileNotNamedAsAnInputFormatIsRefusedSayingWhatToSend() throws Exception {
		assertThatExceptionOfType(TabularFormatException.class)
			.isThrownBy(() -> TabularReader.open(csv("x.txt", "ma_buu_gui,cuoc_vnd\n"), TEMPLATE))
			.withMessage("x.txt: a .txt file (text) is not an input format: send the table as .xlsx, .xls or "
					+ "CSV UTF-8 (.csv)");
	}

	@Test
	void xlsxWithMergedTitleNumericCodesDateCellsAndTextDates() throws Exception {
		Path file = this.dir.resolve("f.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Sheet1");
			sheet.createRow(0).createCell(0).setCellValue("SẢN LƯỢNG BƯU GỬI KT1");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
			Row header = sheet.createRow(2);
			header.createCell(0).setCellValue("Mã bưu gửi");
			header.createCell(1).setCellValue("Cước (VND)");
			header.createCell(2).setCellValue("Ngày phát");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			Row first = sheet.createRow(3);
			first.createCell(0).setCellValue(3101881);
			first.createCell(1).setCellValue(12500.5);
			first.createCell(2).setCellValue(LocalDateTime.of(2026, 10, 5, 16, 30));
			first.getCell(2).setCellStyle(date);
			Row second = sheet.createRow(5);
			second.createCell(0).setCellValue("KT2");
			second.createCell(1).setCellValue(12500);
			second.createCell(2).setCellValue("05/10/2026 16:30");
			workbook.write(out);
		}

		List<vn.kt1.batch.shared.tabular.Row> rows = new ArrayList<>();
		try (TabularReader reader = TabularReader.open(file, TEMPLATE)) {
			for (vn.kt1.batch.shared.tabular.Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).line()).isEqualTo(4);
		assertThat(rows.get(0).values()).containsExactly("3101881", "12500.5", "2026-10-05 16:30");
		assertThat(rows.get(0).dateCell()).containsExactly(false, false, true);
		assertThat(rows.get(0).numberCell()).containsExactly(true, true, false);
		assertThat(rows.get(1).line()).isEqualTo(6);
		assertThat(rows.get(1).values()).containsExactly("KT2", "12500", "05/10/2026 16:30");
		assertThat(FieldParsers.dateTime(rows.get(0).values()[2])).isEqualTo(FieldParsers.dateTime(rows.get(1).values()[2]));
	}

	@Test
	void truncatedXlsxIsCorrupt() throws Exception {
		Path whole = this.dir.resolve("whole.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
			workbook.createSheet("a").createRow(0).createCell(0).setCellValue("ma_buu_gui");
			workbook.write(out);
		}
		byte[] bytes = Files.readAllBytes(whole);
		Path half = Files.write(this.dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> read(half))
			.withMessageStartingWith("half.xlsx: corrupt or truncated XLSX file");
	}

	@Test
	void zipBombIsRefused() throws Exception {
		StringBuilder rows = new StringBuilder();
		rows.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ma_buu_gui</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\"><is><t>cuoc_vnd</t></is></c></row>");
		String padding = " ".repeat(20 << 20);
		Path file = XlsxFiles.write(this.dir.resolve("bomb.xlsx"), rows + padding);

		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> read(file))
			.withMessageContaining("zip bomb");
	}

	@Test
	void externalEntitiesAreRefused() throws Exception {
		Path file = XlsxFiles.write(this.dir.resolve("xxe.xlsx"),
				"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>",
				"<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");

		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> read(file))
			.withMessage("xxe.xlsx: refused: the workbook's XML declares a DOCTYPE or external entities");
	}

	private Path csv(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

	static List<vn.kt1.batch.shared.tabular.Row> rows(Path file) throws TabularFormatException {
		List<vn.kt1.batch.shared.tabular.Row> rows = new ArrayList<>();
		try (TabularReader reader = TabularReader.open(file, TEMPLATE)) {
			for (vn.kt1.batch.shared.tabular.Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	static List<String> read(Path file) throws TabularFormatException {
		List<String> rows = new ArrayList<>();
		try (TabularReader reader = TabularReader.open(file, TEMPLATE)) {
			for (vn.kt1.batch.shared.tabular.Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row.line() + "|" + String.join("|", Arrays.stream(row.values()).map(String::valueOf).toList()));
			}
		}
		return rows;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
