package vn.kt1.batch.reconcile.judge;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.reconcile.checks.EventFindings;

import static org.assertj.core.api.Assertions.assertThat;

/** An item's events folded into the item, worked by hand. */
class ItemFoldTests {

	private static final LocalDateTime ACCEPTED = LocalDateTime.of(2026, 10, 5, 9, 0);

	private static final LocalDateTime END_OF_RUN_DAY = LocalDateTime.of(2026, 11, 1, 0, 0);

	@Test
	void anItemDeliveredTakesItsFirstDeliveryItsLatestAgreedTimeAndTheLeastOfItsPostOffices() {
		ItemFold fold = new ItemFold("KT200000001VN", ACCEPTED, END_OF_RUN_DAY);
		fold.add(event("870100", "CHAP_NHAN", 12_500, LocalDateTime.of(2026, 10, 7, 12, 0), null));
		fold.add(event("870000", "DANG_PHAT", 12_500, LocalDateTime.of(2026, 10, 8, 12, 0), null));
		fold.add(event("870200", "DA_PHAT", 12_500, null, LocalDateTime.of(2026, 10, 6, 15, 30)));
		EventFindings findings = new EventFindings();

		MonthItem item = fold.item(findings);

		assertThat(item).isEqualTo(new MonthItem("KT200000001VN", ACCEPTED, "870000", "1820001", "3282492", "KT1",
				"A", "THU", 20, 12_500, LocalDateTime.of(2026, 10, 8, 12, 0), LocalDateTime.of(2026, 10, 6, 15, 30),
				"DA_PHAT", true));
		assertThat(findings).hasToString(
				"EventFindings[duplicatedStates=0, unknownOffices=0, ineligibleSenders=0, badTimes=0, badValues=0]");
	}

	@Test
	void theMostAdvancedStateWinsWhateverTheOrderOfItsEvents() {
		String[][] cases = { { "THAT_LAC", "DA_PHAT", "THAT_LAC" }, { "CHUYEN_HOAN", "DA_PHAT", "CHUYEN_HOAN" },
				{ "DANG_PHAT", "CHAP_NHAN", "DANG_PHAT" }, { "CHAP_NHAN", "CHAP_NHAN", "CHAP_NHAN" } };
		for (String[] c : cases) {
			ItemFold fold = new ItemFold("KT200000002VN", ACCEPTED, END_OF_RUN_DAY);
			fold.add(event("870000", c[0], 12_500, null, null));
			fold.add(event("870000", c[1], 12_500, null, null));

			assertThat(fold.item(new EventFindings()).state()).as("%s then %s", c[0], c[1]).isEqualTo(c[2]);
		}
	}

	@Test
	void whatTheDataChecksLookForIsCountedOncePerItemAndTimesOncePerEvent() {
		// accepted after the run's day: both events are late; the second is also delivered
		// before its acceptance, still one bad time for that event; a state reported twice; a
		// post office off the list; one event with no fee
		LocalDateTime late = END_OF_RUN_DAY.plusHours(9);
		ItemFold fold = new ItemFold("KT200000003VN", late, END_OF_RUN_DAY);
		fold.add(new ItemEventRow("KT200000003VN", late, "879999", "1820001", "3282492", "KT1", "A", "THU", 20, 0,
				null, null, "CHAP_NHAN", false, true));
		fold.add(new ItemEventRow("KT200000003VN", late, "870000", "1820001", "3282492", "KT1", "A", "THU", 20,
				12_500, null, late.minusDays(1), "CHAP_NHAN", true, false));
		EventFindings findings = new EventFindings();

		MonthItem item = fold.item(findings);

		assertThat(item.senderEligible()).isFalse();
		assertThat(item.feeVnd()).isZero();
		assertThat(findings).hasToString(
				"EventFindings[duplicatedStates=1, unknownOffices=1, ineligibleSenders=1, badTimes=2, badValues=1]");
	}

	@Test
	void anItemOver30KilogramsIsABadValue() {
		for (int weight : new int[] { 30_000, 30_001 }) {
			ItemFold fold = new ItemFold("KT200000004VN", ACCEPTED, END_OF_RUN_DAY);
			fold.add(new ItemEventRow("KT200000004VN", ACCEPTED, "870000", "1820001", "3282492", "KT1", "A", "BP",
					weight, 90_000, null, null, "CHAP_NHAN", true, false));
			EventFindings findings = new EventFindings();
			fold.item(findings);

			assertThat(findings.toString()).as("%d g", weight)
				.endsWith("badValues=" + ((weight > 30_000) ? 1 : 0) + "]");
		}
	}

	private static ItemEventRow event(String office, String status, long fee, LocalDateTime due,
			LocalDateTime delivered) {
		return new ItemEventRow("KT200000001VN", ACCEPTED, office, "1820001", "3282492", "KT1", "A", "THU", 20, fee,
				due, delivered, status, true, false);
	}

}
