package vn.kt1.batch.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SampleProvinceTests {

	private static final Path SHIPPED = Path.of("config/reference/dong-thap-82");

	@Test
	void dongThapHasFiveAgenciesInEachOfItsRealCommunes() {
		SampleProvince province = SampleProvince.of("82");

		List<SampleAgency> communal = province.agencies().stream().filter((a) -> "XA".equals(a.level())).toList();
		assertThat(province.name()).isEqualTo("Tỉnh Đồng Tháp");
		assertThat(communal).hasSize(102 * 5);
		assertThat(communal.stream().map(SampleAgency::communeCode).distinct()).hasSize(102);
		assertThat(province.agencies()).filteredOn((a) -> "TINH".equals(a.level())).hasSizeGreaterThan(30);
		assertThat(province.agencies()).filteredOn((a) -> "KHU_VUC".equals(a.level())).hasSize(8 * 3);
	}

	@Test
	void agencyCodesAreSevenDigitsAndUniqueAcrossTheCountry() {
		Set<String> codes = new HashSet<>();
		AdminUnits units = AdminUnits.load();
		for (String code : units.provinceCodes()) {
			for (SampleAgency agency : SampleProvince.of(units, code).agencies()) {
				assertThat(agency.code()).matches("[0-9]{7}");
				assertThat(codes.add(agency.code())).as(agency.code()).isTrue();
			}
		}
		assertThat(codes).hasSizeGreaterThan(3321 * 5);
	}

	@Test
	void specialZonesAreTheirOwnLevel() {
		SampleProvince quangNinh = SampleProvince.of("22");

		assertThat(quangNinh.agencies()).filteredOn((a) -> "DAC_BIET".equals(a.level())).isNotEmpty();
	}

	@Test
	void postOfficesStandInTheProvinceAndServeEveryCommune() {
		SampleProvince province = SampleProvince.of("82");

		assertThat(province.postOffices()).allSatisfy((o) -> assertThat(o.code()).matches("82[0-9]{4}"));
		assertThat(province.agencies()).allSatisfy((a) -> assertThat(province.postOfficeOf(a)).isNotNull());
	}

	@Test
	void theShippedSampleIsWhatTheWriterProduces(@TempDir Path dir) throws Exception {
		SampleReferenceWriter.write(SampleProvince.of("82"), dir);

		for (String file : new String[] { "agencies.csv", "post-offices.csv", "tariff.csv" }) {
			assertThat(Files.readString(SHIPPED.resolve(file))).as(file).isEqualTo(Files.readString(dir.resolve(file)));
		}
		assertThat(Files.readString(SHIPPED.resolve("tariff.csv"))).contains("Giá mẫu (trần giá 2017)");
	}

	@Test
	void theNationalListsHoldEveryProvinceOnce(@TempDir Path dir) throws Exception {
		List<SampleProvince> all = SampleProvince.all();
		SampleReferenceWriter.write(all, dir);

		List<String> agencies = Files.readAllLines(dir.resolve("agencies.csv"));
		List<String> offices = Files.readAllLines(dir.resolve("post-offices.csv"));
		assertThat(all).hasSize(34);
		assertThat(agencies).hasSize(1 + all.stream().mapToInt((p) -> p.agencies().size()).sum());
		assertThat(offices).hasSize(1 + all.stream().mapToInt((p) -> p.postOffices().size()).sum());
		assertThat(agencies.stream().skip(1).map((line) -> line.substring(0, 7)).distinct())
			.hasSize(agencies.size() - 1);
		assertThat(agencies).anyMatch((line) -> line.contains(",01,")).anyMatch((line) -> line.contains(",96,"));
	}

}
