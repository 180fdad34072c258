package vn.kt1.batch.reconcile.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.kt1.batch.shared.calendar.ShippedCalendar;
import vn.kt1.batch.shared.calendar.YearNotCoveredException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class DeliveryNormsTests {

	private static final LocalTime NOON = LocalTime.NOON;

	private static final LocalTime DAY_END = LocalTime.of(23, 59, 59);

	private final DeliveryNorms norms = norms(DeliveryNormsProperties.DEFAULT_FILE, NOON, DAY_END);

	@Test
	void theShippedNorms() {
		LocalDateTime monday = LocalDateTime.of(2026, 3, 2, 10, 15);
		assertThat(this.norms.dueAt(monday, "NOI_TINH", "KT1", null)).isEqualTo(LocalDateTime.of(2026, 3, 4, 12, 0));
		assertThat(this.norms.dueAt(monday, "NOI_TINH", "HT", null))
			.isEqualTo(LocalDateTime.of(2026, 3, 3, 23, 59, 59));
		assertThat(this.norms.dueAt(monday, "LIEN_TINH", "KT1", null)).isEqualTo(LocalDateTime.of(2026, 3, 6, 12, 0));
		assertThat(this.norms.dueAt(monday, "LIEN_TINH", "HT", null)).isEqualTo(LocalDateTime.of(2026, 3, 5, 12, 0));
		assertThat(this.norms.normFor(monday.toLocalDate(), "LIEN_TINH", "KT1").workingDays())
			.isEqualByComparingTo("3.5");
	}

	@Test
	void oneAndAHalfIsNoonOfTheSecondWorkingDay() {
		LocalDateTime fridayEvening = LocalDateTime.of(2026, 3, 6, 21, 40);
		assertThat(this.norms.dueAt(fridayEvening, "NOI_TINH", "KT1", null))
			.isEqualTo(LocalDateTime.of(2026, 3, 10, 12, 0));
	}

	@Test
	void theTimeOfAcceptanceDoesNotMatterOnlyItsDay() {
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 3, 2, 0, 0), "NOI_TINH", "HT", null))
			.isEqualTo(this.norms.dueAt(LocalDateTime.of(2026, 3, 2, 23, 59, 59), "NOI_TINH", "HT", null));
	}

	@Test
	void acceptedOnASaturdayCountsFromThatDay() {
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 3, 7, 9, 0), "NOI_TINH", "HT", null))
			.isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
	}

	@Test
	void expressAcceptedTheFridayBeforeTetIsDueTheFirstWorkingDayAfter() {
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 2, 13, 16, 0), "NOI_TINH", "HT", null))
			.isEqualTo(LocalDateTime.of(2026, 2, 23, 23, 59, 59));
	}

	@Test
	void holidaysMoveTheDueDate() {
		LocalDateTime weekBefore = LocalDateTime.of(2026, 2, 5, 9, 0);
		LocalDateTime beforeTet = LocalDateTime.of(2026, 2, 12, 9, 0);
		LocalDateTime dueWeekBefore = this.norms.dueAt(weekBefore, "LIEN_TINH", "KT1", null);
		LocalDateTime dueBeforeTet = this.norms.dueAt(beforeTet, "LIEN_TINH", "KT1", null);
		assertThat(dueWeekBefore).isEqualTo(LocalDateTime.of(2026, 2, 11, 12, 0));
		assertThat(dueBeforeTet).isEqualTo(LocalDateTime.of(2026, 2, 25, 12, 0));
		assertThat(ChronoUnit.DAYS.between(beforeTet.toLocalDate(), dueBeforeTet.toLocalDate())).isEqualTo(13);
		assertThat(ChronoUnit.DAYS.between(weekBefore.toLocalDate(), dueWeekBefore.toLocalDate())).isEqualTo(6);
	}

	@Test
	void aWorkingSaturdayCanBeTheDueDay() {
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 8, 20, 8, 0), "NOI_TINH", "KT1", null))
			.isEqualTo(LocalDateTime.of(2026, 8, 22, 12, 0));
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 8, 21, 8, 0), "NOI_TINH", "KT1", null))
			.isEqualTo(LocalDateTime.of(2026, 8, 24, 12, 0));
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 8, 27, 8, 0), "NOI_TINH", "KT1", null))
			.as("31/8, 1/9 and 2/9 are off")
			.isEqualTo(LocalDateTime.of(2026, 9, 3, 12, 0));
	}

	@Test
	void hengioIsDueAtTheAgreedTime() {
		LocalDateTime agreed = LocalDateTime.of(2026, 2, 17, 7, 30);
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 2, 13, 9, 0), "LIEN_TINH", "HG", agreed)).isEqualTo(agreed);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.norms.dueAt(LocalDateTime.of(2026, 2, 13, 9, 0), "LIEN_TINH", "HG", null))
			.withMessageContaining("agreed time");
	}

	@Test
	void anAgreedTimeOfAnOrdinaryItemIsIgnored() {
		assertThat(this.norms.dueAt(LocalDateTime.of(2026, 3, 2, 9, 0), "NOI_TINH", "KT1",
				LocalDateTime.of(2026, 3, 20, 17, 0)))
			.isEqualTo(LocalDateTime.of(2026, 3, 4, 12, 0));
	}

	@Test
	void theNormValidOnTheAcceptanceDayApplies() {
		DeliveryNorms twoVersions = norms("calendar/delivery-norms-two-versions.csv", NOON, DAY_END);
		assertThat(twoVersions.dueAt(LocalDateTime.of(2025, 12, 31, 15, 0), "NOI_TINH", "KT1", null))
			.as("J + 1.5; 1/1 and 2/1 are off")
			.isEqualTo(LocalDateTime.of(2026, 1, 6, 12, 0));
		assertThat(twoVersions.dueAt(LocalDateTime.of(2026, 1, 1, 8, 0), "NOI_TINH", "KT1", null)).as("J + 1")
			.isEqualTo(LocalDateTime.of(2026, 1, 5, 23, 59, 59));
		assertThat(twoVersions.normFor(LocalDate.of(2025, 12, 31), "NOI_TINH", "KT1").validTo())
			.isEqualTo(LocalDate.of(2025, 12, 31));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> twoVersions.dueAt(LocalDateTime.of(2026, 1, 5, 8, 0), "LIEN_TINH", "KT1", null))
			.withMessage("no delivery norm for LIEN_TINH KT1 accepted on 2026-01-05 in class path resource "
					+ "[calendar/delivery-norms-two-versions.csv] (setting kt1.reconcile.norms-file)");
	}

	@Test
	void theHalfDayCutoffAndTheDayEndAreSettings() {
		DeliveryNorms office = norms(DeliveryNormsProperties.DEFAULT_FILE, LocalTime.of(11, 0), LocalTime.of(17, 0));
		LocalDateTime monday = LocalDateTime.of(2026, 3, 2, 10, 15);
		assertThat(office.dueAt(monday, "NOI_TINH", "KT1", null)).isEqualTo(LocalDateTime.of(2026, 3, 4, 11, 0));
		assertThat(office.dueAt(monday, "NOI_TINH", "HT", null)).isEqualTo(LocalDateTime.of(2026, 3, 3, 17, 0));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> norms(DeliveryNormsProperties.DEFAULT_FILE, LocalTime.of(18, 0), LocalTime.of(17, 0)))
			.withMessageContaining("half-day cut-off 18:00");
	}

	@Test
	void unknownCodes() {
		LocalDateTime monday = LocalDateTime.of(2026, 3, 2, 10, 15);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.norms.dueAt(monday, "QUOC_TE", "KT1", null))
			.withMessage("unknown scope 'QUOC_TE' (known: LIEN_TINH, NOI_TINH)");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.norms.dueAt(monday, "NOI_TINH", "EMS", null))
			.withMessage("unknown urgency 'EMS' (known: HT, KT1)");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.norms.normFor(monday.toLocalDate(), "NOI_TINH", "HG"))
			.withMessageContaining("HG (Hẹn giờ) has no norm");
	}

	@Test
	void aDueDateInAYearWithoutCalendarIsAnError() {
		assertThatExceptionOfType(YearNotCoveredException.class)
			.isThrownBy(() -> this.norms.dueAt(LocalDateTime.of(2027, 12, 30, 9, 0), "LIEN_TINH", "KT1", null))
			.withMessageContaining("no year 2028");
	}

	@Test
	void theShippedNormsAreTheFourOfTheDomain() {
		assertThat(this.norms.norms()).extracting(DeliveryNorm::scope, DeliveryNorm::urgency,
				(norm) -> norm.workingDays().stripTrailingZeros())
			.containsExactly(tuple("NOI_TINH", "KT1", new BigDecimal("1.5")),
					tuple("NOI_TINH", "HT", BigDecimal.ONE),
					tuple("LIEN_TINH", "KT1", new BigDecimal("3.5")),
					tuple("LIEN_TINH", "HT", new BigDecimal("2.5")));
	}

	private static DeliveryNorms norms(String resource, LocalTime halfDayCutoff, LocalTime dayEnd) {
		ClassPathResource file = new ClassPathResource(resource);
		return new DeliveryNorms(ShippedCalendar.get(), file.getDescription(), DeliveryNormsFile.read(file),
				halfDayCutoff, dayEnd);
	}

}
