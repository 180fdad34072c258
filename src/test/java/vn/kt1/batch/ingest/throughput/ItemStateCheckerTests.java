package vn.kt1.batch.ingest.throughput;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStateCheckerTests {

	private static final LocalDateTime ACCEPTED = LocalDateTime.of(2026, 10, 5, 9, 30);

	private final ItemStateChecker checker = new ItemStateChecker();

	@Test
	void itemMovesForwardWithinOneFile() {
		ItemEvent accepted = event("KT100000017VN", "CHAP_NHAN", 12_500);
		ItemEvent delivered = event("KT100000017VN", "DA_PHAT", 12_500);

		assertThat(this.checker.check(accepted, 2)).isNull();
		assertThat(this.checker.check(delivered, 3)).isNull();
	}

	@Test
	void sameStateTwiceInOneFileIsADuplicate() {
		ItemEvent accepted = event("KT100000017VN", "CHAP_NHAN", 12_500);
		this.checker.check(accepted, 2);

		assertThat(this.checker.check(accepted, 3).reason())
			.isEqualTo("status CHAP_NHAN: the item already has this state in this file (its previous row: line 2)");
	}

	@Test
	void theRowsOfAnItemMayStandInAnyOrderForAFileHasOneTime() {
		assertThat(this.checker.check(event("KT100000017VN", "DA_PHAT", 12_500), 2)).isNull();
		assertThat(this.checker.check(event("KT100000017VN", "CHAP_NHAN", 12_500), 3)).isNull();
		assertThat(this.checker.check(event("KT100000017VN", "DANG_PHAT", 12_500), 4)).isNull();

		assertThat(this.checker.check(event("KT100000017VN", "THAT_LAC", 12_500), 5).reason())
			.isEqualTo("status THAT_LAC: the item already has a final state in this file (its previous row: line 4)");
	}

	@Test
	void changedFeeWithinOneFileIsRefused() {
		this.checker.check(event("KT100000017VN", "CHAP_NHAN", 12_500), 2);

		assertThat(this.checker.check(event("KT100000017VN", "DA_PHAT", 13_000), 3).reason())
			.contains("fixed at acceptance, compared with line 2");
	}

	private static ItemEvent event(String barcode, String status, long fee) {
		return new ItemEvent(barcode, status, ACCEPTED, "870000", "1820001", "3282493", "KT1", "", "THU", 20, fee,
				null, "DA_PHAT".equals(status) ? ACCEPTED.plusDays(1) : null, true);
	}

}
