package vn.kt1.batch.shared.tabular;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CodesTests {

	@Test
	void spacesNoBreakSpacesAndZeroWidthCharactersAroundACodeAreRemoved() {
		assertThat(Codes.canonical(" 3101881\u00A0")).isEqualTo("3101881");
		assertThat(Codes.canonical("\u200B3101881\u200B")).isEqualTo("3101881");
		assertThat(Codes.canonical("\uFEFF3101881\u2060\u202F\t")).isEqualTo("3101881");
	}

	@Test
	void codesCompareWithoutRegardToCaseSoTheirCanonicalFormIsUpperCase() {
		assertThat(Codes.canonical("unc-01/2026.a_b")).isEqualTo("UNC-01/2026.A_B");
	}

	@Test
	void aFullWidthOrOtherScriptDigitIsAnErrorNamingTheCharacter() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> Codes.canonical("31018８1"))
			.withMessage("the code '31018８1' has a character a code may not have: '８' (U+FF18 FULLWIDTH DIGIT EIGHT) "
					+ "(codes are ASCII letters, digits and - _ . /)");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> Codes.canonical("٣١٠١٨٨١"))
			.withMessageContaining("'٣' (U+0663 ARABIC-INDIC DIGIT THREE)");
	}

	@Test
	void aSpaceOrAZeroWidthCharacterInsideACodeIsAnError() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> Codes.canonical("310 1881"))
			.withMessageContaining("(U+0020 SPACE)");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> Codes.canonical("310\u200B1881"))
			.withMessageContaining("(U+200B ZERO WIDTH SPACE)");
	}

	@Test
	void aCodeOfOnlyInvisibleCharactersIsEmptyAndALongOneIsRefused() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> Codes.canonical("\u200B\u00A0"))
			.withMessage("the code is empty (only spaces or invisible characters)");
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> Codes.canonical("A".repeat(41)))
			.withMessage("code longer than 40 characters");
	}

}
