package vn.kt1.batch.reference;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Kt1IntegrationTest
class ReferenceImportIntegrationTests {

	private static final Path FIXTURES = Path.of("src/test/resources/reference");

	@Autowired
	private ReferenceImportService service;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyReferenceTables() {
		ReferenceTestData.clear(this.jdbc);
	}

	@Test
	void importsAllThreeListsWithTheirVariations() {
		ReferenceImportResult result = this.service.importFiles(ReferenceImport.sample(FIXTURES));

		assertThat(result).isEqualTo(new ReferenceImportResult(5, 2, 9));
		assertThat(this.jdbc.queryForMap("SELECT name, level, category, commune_code, valid_to FROM agency "
				+ "WHERE code = '3282494'"))
			.containsEntry("name", "Công an Phường Đạo Thạnh, Đồng Tháp")
			.containsEntry("level", "XA")
			.containsEntry("category", "CONG_AN")
			.containsEntry("commune_code", "28249")
			.containsEntry("valid_to", java.sql.Date.valueOf("2026-12-31"));
		assertThat(this.jdbc.queryForObject("SELECT valid_from FROM agency WHERE code = '1820002'", String.class))
			.isEqualTo("2025-07-01");
		assertThat(this.jdbc.queryForObject("SELECT SUM(price_vnd) FROM tariff_price", Long.class))
			.isEqualTo(11_364 + 15_000 + 13_636 + 27_273 + 40_000 + 18_182 + 48_636 + 37_273 + 30_909);
		assertThat(this.jdbc.queryForObject("SELECT extra_step_price_vnd FROM tariff_price "
				+ "WHERE zone = 'LIEN_TINH' AND weight_from_g = 50", Long.class))
			.isEqualTo(4_545);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reference_import", Integer.class)).isEqualTo(3);
	}

	@Test
	void reimportingTheSameFilesIsIdempotent() {
		this.service.importFiles(ReferenceImport.sample(FIXTURES));
		this.service.importFiles(ReferenceImport.sample(FIXTURES));

		assertThat(count("agency")).isEqualTo(5);
		assertThat(count("post_office")).isEqualTo(2);
		assertThat(count("tariff_price")).isEqualTo(9);
	}

	@Test
	void missingColumnNamesFileAndColumn() {
		assertThat(refused(new ReferenceImport(FIXTURES.resolve("agencies-missing-column.csv"), null, null)))
			.contains("agencies-missing-column.csv")
			.contains("nhom");
	}

	@Test
	void duplicateCodeNamesBothLines() {
		assertThat(refused(new ReferenceImport(FIXTURES.resolve("agencies-duplicate-code.csv"), null, null)))
			.contains("agencies-duplicate-code.csv, line 4, column ma_don_vi: duplicate code 1820001 (first at line 2)");
	}

	@Test
	void unknownProvinceAndCommuneAndCommuneOfAnotherProvince() {
		ReferenceImportException ex = assertThatExceptionOfType(ReferenceImportException.class)
			.isThrownBy(() -> this.service
				.importFiles(new ReferenceImport(FIXTURES.resolve("agencies-unknown-places.csv"), null, null)))
			.actual();

		assertThat(ex.errors()).map(Object::toString)
			.containsExactly("agencies-unknown-places.csv, line 2, column ma_tinh: unknown province code 99",
					"agencies-unknown-places.csv, line 3, column ma_xa: unknown commune code 99999",
					"agencies-unknown-places.csv, line 4, column ma_xa: commune 00004 lies in province 01, not 82");
	}

	@Test
	void nonNumericPriceNamesLineAndField() {
		assertThat(refused(new ReferenceImport(null, null, FIXTURES.resolve("tariff-bad-price.csv"))))
			.contains("tariff-bad-price.csv, line 2, column gia_vnd");
	}

	@Test
	void overlappingValidityInOneFile() {
		assertThat(refused(new ReferenceImport(null, null, FIXTURES.resolve("tariff-overlap.csv"))))
			.contains("tariff-overlap.csv, line 3, column hieu_luc_tu: HT valid from 2027-01-01 overlaps "
					+ "the validity of line 2");
	}

	@Test
	void nextYearsTariffMayBeLoadedAheadWhenItClosesTheCurrentOne() {
		this.service.importFiles(ReferenceImport.sample(FIXTURES));

		assertThat(refused(new ReferenceImport(null, null, FIXTURES.resolve("tariff-2027-unclosed.csv"))))
			.contains("overlaps the stored price valid from 2017-01-01 to open");
		this.service.importFiles(new ReferenceImport(null, null, FIXTURES.resolve("tariff-2027.csv")));

		assertThat(this.jdbc.queryForList("SELECT price_vnd FROM tariff_price WHERE component = 'HT' "
				+ "ORDER BY valid_from", Long.class))
			.containsExactly(40_000L, 44_000L);
		assertThat(this.jdbc.queryForObject("SELECT valid_to FROM tariff_price WHERE component = 'HT' "
				+ "AND valid_from = '2017-01-01'", String.class))
			.isEqualTo("2026-12-31");
	}

	@Test
	void failedImportChangesNothingAlreadyStored() {
		this.service.importFiles(ReferenceImport.sample(FIXTURES));
		String before = snapshot();

		refused(new ReferenceImport(FIXTURES.resolve("agencies-duplicate-code.csv"),
				FIXTURES.resolve("post-offices.csv"), FIXTURES.resolve("tariff-bad-price.csv")));

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void xlsxWithTitleRowsAndNumericCodeCells(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("don-vi.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Danh sách");
			sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐƠN VỊ SỬ DỤNG DỊCH VỤ KT1");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
			Row header = sheet.createRow(2);
			String[] labels = { "MÃ ĐƠN VỊ", "Tên đơn vị", "Cấp", "Nhóm", "Mã tỉnh", "Mã xã" };
			for (int i = 0; i < labels.length; i++) {
				header.createCell(i).setCellValue(labels[i]);
			}
			Row row = sheet.createRow(3);
			row.createCell(0).setCellValue(3282611);
			row.createCell(1).setCellValue("Ủy ban MTTQ Phường Mỹ Tho");
			row.createCell(2).setCellValue("Cấp xã");
			row.createCell(3).setCellValue("mttq");
			row.createCell(4).setCellValue(82);
			row.createCell(5).setCellValue(28261);
			workbook.write(out);
		}

		this.service.importFiles(new ReferenceImport(file, null, null));

		assertThat(this.jdbc.queryForMap("SELECT level, category, province_code, commune_code FROM agency "
				+ "WHERE code = '3282611'"))
			.containsEntry("level", "XA")
			.containsEntry("category", "MTTQ")
			.containsEntry("province_code", "82")
			.containsEntry("commune_code", "28261");
	}

	private String refused(ReferenceImport request) {
		return assertThatExceptionOfType(ReferenceImportException.class)
			.isThrownBy(() -> this.service.importFiles(request))
			.actual()
			.errors()
			.toString();
	}

	private String snapshot() {
		return this.jdbc.queryForList("SELECT * FROM agency ORDER BY code").toString()
				+ this.jdbc.queryForList("SELECT * FROM post_office ORDER BY code")
				+ this.jdbc.queryForList("SELECT * FROM tariff_price ORDER BY id")
				+ this.jdbc.queryForList("SELECT * FROM reference_import ORDER BY id");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
