package vn.kt1.batch.ingest.throughput;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStateCheckerTests {

	private static final LocalDateTime ACCEPTED = LocalDateTime.of(2026, 10, 5, 9, 30);

	private final Map<String, StoredItem> stored = new HashMap<>();

	private final ItemStateChecker checker = new ItemStateChecker((barcodes) -> {
		Map<String, StoredItem> found = new HashMap<>(this.stored);
		found.keySet().retainAll(barcodes);
		return found;
	});

	@Test
	void itemMovesForwardWithinOneFile() throws Exception {
		ItemEvent accepted = event("KT100000017VN", "CHAP_NHAN", 12_500);
		ItemEvent delivered = event("KT100000017VN", "DA_PHAT", 12_500);
		this.checker.prefetch(List.of(accepted, delivered));

		assertThat(this.checker.check(accepted, 2)).isNull();
		assertThat(this.checker.check(delivered, 3)).isNull();
	}

	@Test
	void sameStateTwiceInOneFileIsADuplicate() throws Exception {
		ItemEvent accepted = event("KT100000017VN", "CHAP_NHAN", 12_500);
		this.checker.prefetch(List.of(accepted, accepted));
		this.checker.check(accepted, 2);

		assertThat(this.checker.check(accepted, 3).reason()).contains("does not move the item forward from line 2");
	}

	@Test
	void changedFeeWithinOneFileIsRefused() throws Exception {
		this.checker.prefetch(List.of(event("KT100000017VN", "CHAP_NHAN", 12_500)));
		this.checker.check(event("KT100000017VN", "CHAP_NHAN", 12_500), 2);

		assertThat(this.checker.check(event("KT100000017VN", "DA_PHAT", 13_000), 3).reason())
			.contains("fixed at acceptance, compared with line 2");
	}

	@Test
	void stepBackAcrossFilesIsRefused() throws Exception {
		this.stored.put("KT100000025VN", new StoredItem("DA_PHAT", 3, event("KT100000025VN", "DA_PHAT", 12_500)));
		ItemEvent inTransit = event("KT100000025VN", "DANG_PHAT", 12_500);
		this.checker.prefetch(List.of(inTransit));

		ItemStateChecker.Problem problem = this.checker.check(inTransit, 2);

		assertThat(problem.column()).isEqualTo("trang_thai");
		assertThat(problem.reason()).contains("earlier files already say DA_PHAT");
	}

	@Test
	void changedFixedFieldAcrossFilesNamesTheField() throws Exception {
		this.stored.put("KT100000025VN", new StoredItem("CHAP_NHAN", 1, event("KT100000025VN", "CHAP_NHAN", 12_500)));
		ItemEvent delivered = event("KT100000025VN", "DA_PHAT", 99_000);
		this.checker.prefetch(List.of(delivered));

		assertThat(this.checker.check(delivered, 2).column()).isEqualTo("cuoc_vnd");
	}

	@Test
	void forwardMoveAcrossFilesIsAccepted() throws Exception {
		this.stored.put("KT100000025VN", new StoredItem("CHAP_NHAN", 1, event("KT100000025VN", "CHAP_NHAN", 12_500)));
		ItemEvent delivered = event("KT100000025VN", "DA_PHAT", 12_500);
		this.checker.prefetch(List.of(delivered));

		assertThat(this.checker.check(delivered, 2)).isNull();
	}

	private static ItemEvent event(String barcode, String status, long fee) {
		return new ItemEvent(barcode, status, ACCEPTED, "870000", "1820001", "3282493", "KT1", "", "THU", 20, fee,
				null, "DA_PHAT".equals(status) ? ACCEPTED.plusDays(1) : null, true);
	}

}
