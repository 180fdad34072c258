package vn.kt1.batch.shared.tabular;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FieldParsersTests {

	@Test
	void moneyInTheFormsPeopleType() {
		assertThat(FieldParsers.money("12500")).isEqualTo(12_500);
		assertThat(FieldParsers.money("12.500")).isEqualTo(12_500);
		assertThat(FieldParsers.money("12,500 đ")).isEqualTo(12_500);
		assertThat(FieldParsers.money("12 500")).isEqualTo(12_500);
		assertThat(FieldParsers.money("12\u00A0500₫")).isEqualTo(12_500);
		assertThat(FieldParsers.money("1.234.567 VND")).isEqualTo(1_234_567);
		assertThat(FieldParsers.money("-1.000 ₫")).isEqualTo(-1_000);
		assertThat(FieldParsers.money("0")).isZero();
	}

	@Test
	void fractionalMoneyIsAnErrorNotRounded() {
		for (String fraction : new String[] { "12500.5", "12,5", "12.50", "12500,50 đ" }) {
			assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.money(fraction))
				.withMessageContaining("fractional amount");
		}
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.moneyNumber("12500.5"))
			.withMessageContaining("fractional amount");
		assertThat(FieldParsers.moneyNumber("12500")).isEqualTo(12_500);
	}

	@Test
	void moneyThatIsNotANumber() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.money("mười nghìn"))
			.withMessage("not an amount: 'mười nghìn'");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.money("1.2.3"));
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.money("99999999999999999999"))
			.withMessageContaining("too large");
	}

	@Test
	void datesWithAndWithoutTime() {
		assertThat(FieldParsers.dateTime("2026-10-05")).isEqualTo(LocalDateTime.of(2026, 10, 5, 0, 0));
		assertThat(FieldParsers.dateTime("05/10/2026 08:15")).isEqualTo(LocalDateTime.of(2026, 10, 5, 8, 15));
		assertThat(FieldParsers.dateTime("5/1/2026 8:05:09")).isEqualTo(LocalDateTime.of(2026, 1, 5, 8, 5, 9));
		assertThat(FieldParsers.dateTime("2026-10-05T09:30")).isEqualTo(LocalDateTime.of(2026, 10, 5, 9, 30));
		assertThat(FieldParsers.date("2026-10-05 23:59:59")).isEqualTo(LocalDate.of(2026, 10, 5));
	}

	@Test
	void impossibleDatesAreRejected() {
		for (String bad : new String[] { "31/02/2026", "2026-13-01", "2026-02-30 10:00", "hôm qua", "05/10/26",
				"2026-10-05 25:00" }) {
			assertThatExceptionOfType(FieldException.class).as(bad)
				.isThrownBy(() -> FieldParsers.dateTime(bad))
				.withMessageContaining("invalid date '" + bad + "'");
		}
	}

	@Test
	void periods() {
		assertThat(FieldParsers.period("2026-10", false)).isEqualTo(YearMonth.of(2026, 10));
		assertThat(FieldParsers.period("10/2026", false)).isEqualTo(YearMonth.of(2026, 10));
		assertThat(FieldParsers.period("2026-10-01", true)).isEqualTo(YearMonth.of(2026, 10));
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.period("2026-10-01", false));
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.period("13/2026", false));
	}

	@Test
	void codesByNameWithOrWithoutDiacritics() {
		Map<String, String> urgency = Map.of("ht", "HT", "hoatoc", "HT", "kt1", "KT1");

		assertThat(FieldParsers.enumCode("Hỏa tốc", urgency)).isEqualTo("HT");
		assertThat(FieldParsers.enumCode("Hoả tốc", urgency)).isEqualTo("HT");
		assertThat(FieldParsers.enumCode("HOA TOC", urgency)).isEqualTo("HT");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.enumCode("Nhanh", urgency))
			.withMessage("unknown value 'Nhanh' (allowed: HT, KT1)");
	}

	@Test
	void wholeNumbers() {
		assertThat(FieldParsers.integer("1.250")).isEqualTo(1_250);
		assertThat(FieldParsers.integer("-5")).isEqualTo(-5);
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.integer("2.5"))
			.withMessageContaining("not a whole number");
	}

	@Test
	void aBudgetSubItemIsFourDigits() {
		assertThat(FieldParsers.subItem(" 6603 ")).isEqualTo("6603");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.subItem("660"))
			.withMessage("budget sub-item must be 4 digits, not '660'");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> FieldParsers.subItem("66O3"));
	}

}
