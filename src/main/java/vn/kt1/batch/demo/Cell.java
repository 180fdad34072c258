package vn.kt1.batch.demo;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** A typed value of a generated file, written in the form of the file's style. */
sealed interface Cell {

	record Text(String value) implements Cell {
	}

	/** A code that Excel users often leave as a number ({@code 3101881}). */
	record Code(String value) implements Cell {
	}

	record Money(long value) implements Cell {
	}

	record Number(long value) implements Cell {
	}

	record When(LocalDateTime value) implements Cell {
	}

	record Day(LocalDateTime value) implements Cell {
	}

	record Period(YearMonth value) implements Cell {
	}

	static Cell text(String value) {
		return new Text(value);
	}

}
