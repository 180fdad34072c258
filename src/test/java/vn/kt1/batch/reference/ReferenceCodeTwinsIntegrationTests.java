package vn.kt1.batch.reference;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.Kt1IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reference lists' unique keys against codes that only look equal: a code with a
 * no-break or zero-width space, or in other case, is the same code, so it is a duplicate in
 * a file and updates the stored row; a full-width digit is an error naming it, never a new
 * agency or post office.
 */
@Kt1IntegrationTest
class ReferenceCodeTwinsIntegrationTests {

	private static final String AGENCIES = "ma_don_vi,ten_don_vi,cap,nhom,ma_tinh,ma_xa\n";

	private static final String OFFICES = "ma_buu_cuc,ten_buu_cuc,ma_xa\n";

	@TempDir
	Path dir;

	@Autowired
	private ReferenceImportService service;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyReferenceTables() {
		ReferenceTestData.clear(this.jdbc);
	}

	@Test
	void twinsOfAnAgencyCodeAreDuplicatesInAFileAndTheSameAgencyAcrossImports() throws Exception {
		Path twins = file("twins.csv", AGENCIES + "1820009,Sở A,TINH,UBND,82,\n1820009\u00A0,Sở A bis,TINH,UBND,82,\n");

		assertThatExceptionOfType(ReferenceImportException.class)
			.isThrownBy(() -> this.service.importFiles(new ReferenceImport(twins, null, null)))
			.withMessageContaining("duplicate code 1820009 (first at line 2)");
		this.service.importFiles(new ReferenceImport(file("a.csv", AGENCIES + "1820009,Sở A,TINH,UBND,82,\n"), null,
				null));
		this.service.importFiles(new ReferenceImport(file("b.csv", AGENCIES + "\u200B1820009 ,Sở A mới,TINH,UBND,82,\n"),
				null, null));

		assertThat(this.jdbc.queryForList("SELECT CONCAT(code, ' ', name) FROM agency", String.class))
			.containsExactly("1820009 Sở A mới");
	}

	@Test
	void fullWidthDigitsAreAnErrorNamingTheCharacterNeverANewCode() throws Exception {
		Path agencies = file("fw.csv", AGENCIES + "１８２０００９,Sở B,TINH,UBND,82,\n");
		Path offices = file("po.csv", OFFICES + "８７００００,Bưu cục,28249\n");

		assertThatExceptionOfType(ReferenceImportException.class)
			.isThrownBy(() -> this.service.importFiles(new ReferenceImport(agencies, offices, null)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Object::toString)
				.anySatisfy((e) -> assertThat(e).contains("column ma_don_vi").contains("'１' (U+FF11 FULLWIDTH DIGIT ONE)"))
				.anySatisfy((e) -> assertThat(e).contains("column ma_buu_cuc")
					.contains("'８' (U+FF18 FULLWIDTH DIGIT EIGHT)")));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM post_office", Integer.class)).isZero();
	}

	private Path file(String name, String content) throws Exception {
		return Files.writeString(this.dir.resolve(name), content);
	}

}
