package vn.kt1.batch.reconcile.judge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.reference.Tariff;
import vn.kt1.batch.reference.TariffPrice;

import static org.assertj.core.api.Assertions.assertThat;

/** An item's fee against the tariff: 1 VND is rounding, more is a deviation. */
class ItemJudgeTests {

	private static final LocalDateTime ACCEPTED = LocalDateTime.of(2026, 10, 5, 9, 0);

	private static final Places PLACES = new Places(Map.of("1820001", "82", "1820002", "82"), Map.of(), Map.of());

	/** 11,364 x 1.1 = 12,500.4: the tariff says 12,500. */
	private static final Tariff TARIFF = new Tariff(List.of(new TariffPrice("CUOC_CHINH", "NOI_TINH", 0, 50, 250,
			1_000L, 11_364, BigDecimal.TEN, LocalDate.of(2017, 1, 1), null, null)));

	@Test
	void oneDongEitherWayIsRoundingWhateverTheSetting() {
		for (long setting : new long[] { 0, 1 }) {
			for (long fee : new long[] { 12_499, 12_500, 12_501 }) {
				ItemVerdict verdict = judge(setting, fee);

				assertThat(verdict.expectedVnd()).isEqualTo(12_500);
				assertThat(verdict.exceptions()).as("fee %d with tolerance setting %d", fee, setting).isEmpty();
			}
		}
	}

	@Test
	void twoDongAreADeviationNamingBothFees() {
		ItemVerdict verdict = judge(0, 12_502);

		assertThat(verdict.exceptions()).singleElement().satisfies((exception) -> {
			assertThat(exception.kind()).isEqualTo(ExceptionKind.TARIFF_DEVIATION);
			assertThat(exception.expectedVnd()).isEqualTo(12_500);
			assertThat(exception.actualVnd()).isEqualTo(12_502);
		});
		assertThat(judge(0, 12_498).exceptions()).map(ItemException::kind)
			.containsExactly(ExceptionKind.TARIFF_DEVIATION);
	}

	@Test
	void aLargerSettingWidensTheTolerance() {
		assertThat(judge(5, 12_505).exceptions()).isEmpty();
		assertThat(judge(5, 12_506).exceptions()).map(ItemException::kind)
			.containsExactly(ExceptionKind.TARIFF_DEVIATION);
	}

	private static ItemVerdict judge(long tolerance, long feeVnd) {
		MonthItem item = new MonthItem("RR000000015VN", ACCEPTED, "820100", "1820001", "1820002", "KT1", "", "THU", 20,
				feeVnd, null, ACCEPTED.plusHours(5), "DA_PHAT", true);
		ItemJudge judge = new ItemJudge(PLACES, TARIFF, (accepted, zone, urgency, agreed) -> accepted.plusDays(2),
				tolerance, ACCEPTED.plusDays(10));
		return judge.judge(item);
	}

}
