package vn.kt1.batch.reconcile.quality;

import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryNormsPropertiesTests {

	@Test
	void defaults() {
		DeliveryNormsProperties properties = bind(Map.of());
		assertThat(properties.normsFile().getDescription())
			.isEqualTo("class path resource [calendar/delivery-norms.csv]");
		assertThat(properties.halfDayCutoff()).isEqualTo(LocalTime.NOON);
		assertThat(properties.dayEnd()).isEqualTo(LocalTime.of(23, 59, 59));
	}

	@Test
	void settings() {
		DeliveryNormsProperties properties = bind(Map.of("kt1.reconcile.norms-file", "file:config/norms.csv",
				"kt1.reconcile.half-day-cutoff", "11:30", "kt1.reconcile.day-end", "17:00"));
		assertThat(properties.normsFile().getFilename()).isEqualTo("norms.csv");
		assertThat(properties.normsFile().getDescription()).isEqualTo("URL [file:config/norms.csv]");
		assertThat(properties.halfDayCutoff()).isEqualTo(LocalTime.of(11, 30));
		assertThat(properties.dayEnd()).isEqualTo(LocalTime.of(17, 0));
	}

	private static DeliveryNormsProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("kt1.reconcile",
				DeliveryNormsProperties.class);
	}

}
