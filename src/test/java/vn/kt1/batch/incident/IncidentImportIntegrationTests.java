package vn.kt1.batch.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.kt1.batch.Kt1IntegrationTest;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.reference.ReferenceTestData;
import vn.kt1.batch.shared.input.InputError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Incidents files read, checked all or nothing, stored, updated when sent again. */
@Kt1IntegrationTest
@RecordApplicationEvents
class IncidentImportIntegrationTests {

	static final Path SAMPLE = Path.of("jobs/year-end-report/sample/incidents/su-co_2026-09.csv");

	@TempDir
	Path dir;

	@Autowired
	private IncidentImportService service;

	@Autowired
	private Incidents incidents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReferenceImportService reference;

	@Autowired
	private ApplicationEvents events;

	@BeforeEach
	void emptyRegister() {
		IncidentTestSupport.clear(this.jdbc);
		ReferenceTestData.clear(this.jdbc);
		this.reference.importFiles(ReferenceImport.sample(Path.of("src/test/resources/reference")));
	}

	@Test
	void theSampleRegisterWithLabelsTitleAndSemicolons() {
		IncidentImportResult result = this.service.importFile(SAMPLE);

		assertThat(result).isEqualTo(new IncidentImportResult(3, 0));
		assertThat(this.incidents.between(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
			.extracting((i) -> i.postOfficeCode() + " " + i.barcode() + " " + i.secrecy() + " " + i.kind() + " "
					+ i.reportedTo())
			.containsExactly("870000 KT300000057VN A THAT_LAC UBND tỉnh (qua Sở KH&CN), Công an tỉnh",
					"870100  C HU_HONG Sở KH&CN", "870000   CHAM null");
		assertThat(this.events.stream(IncidentsRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.severe()).extracting(Incident::barcode)
				.containsExactly("KT300000057VN"));
		assertThat(this.incidents.severeOn(LocalDate.of(2026, 9, 14))).hasSize(1);
	}

	@Test
	void sentAgainWithItsHandlingAnIncidentIsUpdatedNotAdded() throws IOException {
		this.service.importFile(SAMPLE);
		Path again = this.dir.resolve("su-co-bo-sung.csv");
		Files.writeString(again, "thoi_diem,ma_buu_cuc,loai_su_co,mo_ta,xu_ly\n"
				+ "2026-09-25 08:00,870000,CHAM,Xe chuyển thư hỏng trên quốc lộ 30,Đã thay xe mới\n"
				+ "2026-09-26 07:00,870100,other,Mất điện tại bưu cục,Dùng máy phát\n", StandardCharsets.UTF_8);

		assertThat(this.service.importFile(again)).isEqualTo(new IncidentImportResult(1, 1));
		assertThat(this.jdbc.queryForList("SELECT CONCAT(kind, ' ', handling) FROM incident ORDER BY occurred_at",
				String.class)).containsExactly("THAT_LAC Đã báo Công an tỉnh, đang xác minh hành trình",
						"HU_HONG Đã thay bao bì, phát đúng hạn", "CHAM Đã thay xe mới", "KHAC Dùng máy phát");
	}

	@Test
	void anXlsxRegisterWithDateCells() throws IOException {
		Path file = this.dir.resolve("su-co.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Sự cố");
			Row header = sheet.createRow(0);
			String[] names = { "MA BUU CUC", "Thoi diem", "Loại sự cố", "Mô tả", "Độ mật" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(870100);
			row.createCell(1).setCellValue(LocalDateTime.of(2026, 10, 3, 22, 15));
			row.getCell(1).setCellStyle(date);
			row.createCell(2).setCellValue("Bị thu giữ");
			row.createCell(3).setCellValue("Bưu gửi bị cơ quan chức năng thu giữ để kiểm tra");
			row.createCell(4).setCellValue("B");
			workbook.write(out);
		}

		assertThat(this.service.importFile(file)).isEqualTo(new IncidentImportResult(1, 0));
		assertThat(this.incidents.severeOn(LocalDate.of(2026, 10, 3))).singleElement()
			.satisfies((incident) -> assertThat(incident.occurredAt()).isEqualTo(LocalDateTime.of(2026, 10, 3, 22, 15)));
	}

	@Test
	void everyErrorIsListedByLineAndColumnAndNothingIsStored() throws IOException {
		Path bad = this.dir.resolve("su-co-loi.csv");
		Files.writeString(bad, "thoi_diem,ma_buu_cuc,ma_buu_gui,do_mat,loai_su_co,mo_ta\n"
				+ "2026-09-01 08:00,870000,,,THAT_LAC,Đúng\n"
				+ "1999-12-31 08:00,999999,KT123,D,mất,\n"
				+ "2026-09-01 08:00,870000,,,that lac,Lần hai\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.service.importFile(bad)).isInstanceOf(IncidentImportException.class)
			.satisfies((ex) -> assertThat(((IncidentImportException) ex).errors()).extracting(InputError::toString)
				.containsExactly("su-co-loi.csv, line 3, column thoi_diem: implausible date 1999-12-31: before 2000-01-01",
						"su-co-loi.csv, line 3, column ma_buu_cuc: unknown post office 999999 (not on the post-office "
								+ "list)",
						"su-co-loi.csv, line 3, column ma_buu_gui: not a valid UPU S10 barcode (2 letters, 8 digits, "
								+ "check digit, VN): 'KT123'",
						"su-co-loi.csv, line 3, column do_mat: unknown value 'D' (allowed: A, B, C)",
						"su-co-loi.csv, line 3, column loai_su_co: unknown value 'mất' (allowed: BOC_MO, CHAM, "
								+ "HU_HONG, KHAC, THAT_LAC, THU_GIU)",
						"su-co-loi.csv, line 3, column mo_ta: required value is missing",
						"su-co-loi.csv, line 4, column thoi_diem: the same incident (time, post office, kind and item) "
								+ "as line 2"));
		Path noKind = this.dir.resolve("thieu-cot.csv");
		Files.writeString(noKind, "thoi_diem,ma_buu_cuc,mo_ta\n2026-09-01 08:00,870000,x\n", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.service.importFile(noKind)).hasMessageContaining("loai_su_co");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM incident", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM incident_import", Integer.class)).isZero();
	}

}
