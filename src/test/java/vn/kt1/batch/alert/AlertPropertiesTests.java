package vn.kt1.batch.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlertPropertiesTests {

	@Test
	void defaultsWhenNothingIsSet() {
		AlertProperties properties = properties(null, null);
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.from()).isEqualTo("kt1-batch@localhost");
		assertThat(properties.subjectPrefix()).isEqualTo("[KT1]");
		assertThat(properties.recipients()).isEmpty();
		assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.maxAttempts()).isEqualTo(20);
		assertThat(properties.attachmentLimit().toMegabytes()).isEqualTo(8);
		assertThat(properties.digestTime()).hasToString("07:00");
		assertThat(properties.deadlines()).hasToString("config/alerts/deadlines.yml");
		assertThat(properties.silenceDays()).isEqualTo(3);
	}

	@Test
	void theWaitBetweenAttemptsDoublesUpToTheLongest() {
		AlertProperties properties = properties(null, null);
		assertThat(List.of(1, 2, 3, 4, 7, 8, 20).stream().map(properties::retryAfter).map(Duration::toSeconds))
			.containsExactly(30L, 60L, 120L, 240L, 1920L, 3600L, 3600L);
	}

	@Test
	void recipientsAreTrimmedAndBlankOnesDropped() {
		AlertProperties properties = properties(null,
				Map.of(Topic.CHECKS, List.of(" quantri@kt1.test", "", "sokhcn@kt1.test ")));
		assertThat(properties.recipients().get(Topic.CHECKS)).containsExactly("quantri@kt1.test", "sokhcn@kt1.test");
	}

	@Test
	void aMalformedAddressStopsTheStartNamingTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(null, Map.of(Topic.ESTIMATES, List.of("taichinh.kt1.test"))))
			.withMessageStartingWith("kt1.alerts.recipients.estimates: 'taichinh.kt1.test' is not an e-mail address");
		assertThatIllegalArgumentException().isThrownBy(() -> properties("kt1 batch", null))
			.withMessageStartingWith("kt1.alerts.from: 'kt1 batch' is not an e-mail address");
	}

	@Test
	void topicsAreNamedInConfigurationInLowerCase() {
		assertThat(Topic.ofKey("Failures")).contains(Topic.FAILURES);
		assertThat(Topic.ofKey("failure")).isEmpty();
		assertThat(AlertKind.ESTIMATE.topic().key()).isEqualTo("estimates");
	}

	private static AlertProperties properties(String from, Map<Topic, List<String>> recipients) {
		return new AlertProperties(null, from, null, recipients, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

}
