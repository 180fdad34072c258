package vn.kt1.batch.estimate;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstimatePropertiesTests {

	@Test
	void defaults() {
		EstimateProperties properties = bind(Map.of());

		assertThat(properties.contingencyPercent()).isEqualByComparingTo("10");
		assertThat(properties.subItem()).isEqualTo("6603");
		assertThat(properties.subItemName()).isEqualTo("Cước phí bưu chính");
		assertThat(properties.minMonthsUsed()).isEqualTo(6);
		assertThat(properties.workbook(2027)).isEqualTo(Path.of("data", "estimates", "du-toan-KT1-2027.xlsx"));
		assertThat(properties.rule(2027).describe()).isEqualTo("dự phòng 10 %");
	}

	@Test
	void eventsApplyToTheirYear() {
		EstimateProperties properties = bind(Map.of("kt1.estimate.contingency-percent", "5",
				"kt1.estimate.events[0].year", "2026", "kt1.estimate.events[0].factor", "1.15",
				"kt1.estimate.events[0].label", "Đại hội Đảng", "kt1.estimate.sub-item", "6699"));

		assertThat(properties.rule(2026).describe()).isEqualTo("dự phòng 5 %; × 1,15 (Đại hội Đảng)");
		assertThat(properties.rule(2026).amount(1_000_000)).isEqualTo(1_208_000);
		assertThat(properties.rule(2027).factor()).isEqualByComparingTo("1");
		assertThat(properties.subItem()).isEqualTo("6699");
	}

	@Test
	void aFactorOfZeroIsRefused() {
		assertThatThrownBy(() -> bind(Map.of("kt1.estimate.events[0].year", "2026",
				"kt1.estimate.events[0].factor", "0")))
			.isInstanceOf(BindException.class)
			.hasRootCauseMessage("kt1.estimate.events: the factor of 2026 must be above 0");
	}

	private static EstimateProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("kt1.estimate",
				EstimateProperties.class);
	}

}
