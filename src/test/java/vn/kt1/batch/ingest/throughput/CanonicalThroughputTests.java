package vn.kt1.batch.ingest.throughput;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalThroughputTests {

	@Test
	void aRowIsWrittenInTheTemplatesOrderWithIsoTimesPlainNumbersAndEmptyFieldsForNoTime() {
		StringBuilder line = new StringBuilder();
		CanonicalThroughput.csv(new ItemEvent("KT000000017VN", "CHAP_NHAN", LocalDateTime.of(2025, 3, 7, 8, 5, 9),
				"870100", "DV-82-001", "DV-01-002", "KT1", "", "THU", 120, 1_250_000, null, null, true), line);
		CanonicalThroughput.csv(new ItemEvent("KT000000025VN", "DA_PHAT", LocalDateTime.of(2025, 12, 31, 23, 59, 0),
				"870100", "DV-82-001", "DV-01-002", "HG", "A", "GOI", 2300, 0, LocalDateTime.of(2026, 1, 2, 10, 0),
				LocalDateTime.of(2026, 1, 2, 9, 30), false), line);
		assertThat(line.toString()).isEqualTo("""
				KT000000017VN,2025-03-07 08:05:09,870100,DV-82-001,DV-01-002,KT1,,THU,120,1250000,CHAP_NHAN,,
				KT000000025VN,2025-12-31 23:59:00,870100,DV-82-001,DV-01-002,HG,A,GOI,2300,0,DA_PHAT,2026-01-02 10:00:00,2026-01-02 09:30:00
				""");
	}

}
