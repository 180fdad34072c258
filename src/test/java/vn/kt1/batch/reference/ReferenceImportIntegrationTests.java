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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import vn.kt1.batch.CommandLineCapture;
import vn.kt1.batch.Kt1CommandLine;
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

	@Autowired
	private TariffRepository tariffs;

	@Autowired
	private Kt1CommandLine commandLine;

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
	void wholeGramBandsAreStoredInTheOfficialStyleAndPriceEveryWeight() {
		this.service.importFiles(new ReferenceImport(null, null, FIXTURES.resolve("tariff-whole-grams.csv")));

		assertThat(this.jdbc.queryForList("SELECT CONCAT(weight_from_g, '-', weight_to_g) FROM tariff_price "
				+ "WHERE zone = 'NOI_TINH' ORDER BY weight_from_g", String.class))
			.containsExactly("0-50", "50-100", "100-250");
		Tariff tariff = this.tariffs.load();
		java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 2);
		assertThat(tariff.quote(day, "NOI_TINH", 51, "KT1", "").feeVnd()).isEqualTo(14_000);
		assertThat(tariff.quote(day, "LIEN_TINH", 101, "KT1", "").feeVnd()).isEqualTo(30_000);

		String before = this.jdbc.queryForList("SELECT component, zone, weight_from_g, weight_to_g, extra_step_g, "
				+ "extra_step_price_vnd, price_vnd, vat_percent, valid_from, valid_to FROM tariff_price ORDER BY id")
			.toString();
		this.service.importFiles(new ReferenceImport(null, null, FIXTURES.resolve("tariff-official.csv")));

		assertThat(this.jdbc.queryForList("SELECT component, zone, weight_from_g, weight_to_g, extra_step_g, "
				+ "extra_step_price_vnd, price_vnd, vat_percent, valid_from, valid_to FROM tariff_price ORDER BY id")
			.toString()).as("the official file replaces every row by the same").isEqualTo(before);
	}

	@Test
	void theCommandRefusesAGapNamingZoneWeightsAndDatesAndStoresNothing() {
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);

		int exit = kt1.run("reference", "import", "--tariff", FIXTURES.resolve("tariff-gap.csv").toString());

		assertThat(exit).isEqualTo(1);
		assertThat(kt1.err().lines()).containsExactly("kt1: reference import refused, nothing was changed: 1 error(s), "
				+ "first: tariff-gap.csv, line 4, column khoi_luong_tu_g: NOI_TINH valid from 2026-01-01: gap: no "
				+ "price for 101–120 g");
		assertThat(kt1.out().lines()).containsExactly("tariff-gap.csv, line 4, column khoi_luong_tu_g: NOI_TINH valid "
				+ "from 2026-01-01: gap: no price for 101–120 g");
		assertThat(count("tariff_price")).isZero();
		assertThat(count("reference_import")).isZero();
	}

	@Test
	void theCommandRefusesABandOverlappingStoredOnesOfAnotherWeightFrom() {
		this.service.importFiles(ReferenceImport.sample(FIXTURES));
		String before = snapshot();
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);

		int exit = kt1.run("reference", "import", "--tariff", FIXTURES.resolve("tariff-band-overlap.csv").toString());

		assertThat(exit).isEqualTo(1);
		assertThat(kt1.err().lines()).singleElement()
			.isEqualTo("kt1: reference import refused, nothing was changed: 1 error(s), first: tariff-band-overlap.csv, "
					+ "line 2, column khoi_luong_tu_g: NOI_TINH valid from 2017-01-01: 101–500 g overlaps 51–250 g "
					+ "(stored, valid from 2017-01-01); a stored band is replaced by a row with the same weight-from "
					+ "and valid-from, or closed by its row with hieu_luc_den in this file");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theCommandSaysWhichWeightsALastBandWithoutStepsLeavesUnpriced(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("bang-gia.csv");
		Files.writeString(file, "thanh_phan,vung,khoi_luong_tu_g,khoi_luong_den_g,gia_vnd,thue_gtgt_phan_tram,"
				+ "hieu_luc_tu\nCUOC_CHINH,NOI_TINH,0,2000,11364,10,2026-01-01\n");
		CommandLineCapture kt1 = new CommandLineCapture(this.commandLine);

		assertThat(kt1.run("reference", "import", "--tariff", file.toString())).as(kt1.err()).isZero();
		assertThat(kt1.out().lines()).containsExactly("Imported 0 agencies, 0 post offices, 1 tariff prices",
				"note: NOI_TINH valid from 2026-01-01: the last band, 1–2000 g, has no extra weight step: items above "
						+ "2000 g have no price");
	}

	@Test
	void bandsStoredInWholeGramsByEarlierVersionsMoveToTheOfficialStyle() {
		this.jdbc.update("INSERT INTO reference_import (id, kind, file_name, sha256, rows_loaded, imported_at, "
				+ "imported_by) VALUES (1, 'TARIFF', 'bang-gia.csv', REPEAT('0', 64), 6, NOW(), 'test')");
		String insert = "INSERT INTO tariff_price (component, zone, weight_from_g, weight_to_g, price_vnd, vat_percent, "
				+ "valid_from, import_id) VALUES ('CUOC_CHINH', ?, ?, ?, 1000, 10, '2026-01-01', 1)";
		for (int[] band : new int[][] { { 1, 50 }, { 51, 100 }, { 101, 250 } }) {
			this.jdbc.update(insert, "NOI_TINH", band[0], band[1]);
		}
		for (int[] band : new int[][] { { 0, 50 }, { 50, 100 }, { 100, 250 } }) {
			this.jdbc.update(insert, "LIEN_TINH", band[0], band[1]);
		}
		String bands = "SELECT CONCAT(zone, ' ', weight_from_g, '-', weight_to_g) FROM tariff_price "
				+ "ORDER BY zone DESC, weight_from_g";
		for (int time = 1; time <= 2; time++) {
			this.jdbc.execute((java.sql.Connection connection) -> {
				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("db/migration/V20__tariff_bands_official_style.sql"));
				return null;
			});

			assertThat(this.jdbc.queryForList(bands, String.class)).as("after running %d time(s)", time)
				.containsExactly("NOI_TINH 0-50", "NOI_TINH 50-100", "NOI_TINH 100-250", "LIEN_TINH 0-50",
						"LIEN_TINH 50-100", "LIEN_TINH 100-250");
		}
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
