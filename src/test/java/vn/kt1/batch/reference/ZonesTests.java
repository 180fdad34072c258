package vn.kt1.batch.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZonesTests {

	@Test
	void withinOnlyWhenBothProvincesAreKnownAndEqual() {
		assertThat(Zones.of("82", "82")).isEqualTo("NOI_TINH");
		assertThat(Zones.of("82", "01")).isEqualTo("LIEN_TINH");
		assertThat(Zones.of("82", null)).isEqualTo("LIEN_TINH");
		assertThat(Zones.of(null, null)).isEqualTo("LIEN_TINH");
	}

}
