package vn.kt1.batch.shared.datafile;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DataFileTests {

	@Test
	void skipsCommentsBlankLinesAndTheByteOrderMark() {
		DataFile file = read("\uFEFF# title\n\n  # indented comment\n a , b ,c\n1, 2 ,x, y\n\n3,4,\n", "a", "b");
		assertThat(file.columns()).containsExactly("a", "b", "c");
		assertThat(file.rows()).hasSize(2);
		DataRow first = file.rows().get(0);
		assertThat(first.line()).isEqualTo(5);
		assertThat(first.text("b")).isEqualTo("2");
		assertThat(first.text("c")).as("the last column takes the rest of the line").isEqualTo("x, y");
		assertThat(file.rows().get(1).optional("c")).isNull();
		Integer three = file.rows().get(1).parse("a", Integer::valueOf, "a number");
		assertThat(three).isEqualTo(3);
	}

	@Test
	void aFieldThatDoesNotParse() {
		DataRow row = read("a,b\nzero,1\n", "a").rows().get(0);
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> row.parse("a", Integer::valueOf, "a whole number"))
			.withMessage("test.csv, line 2, field a: 'zero' is not a whole number")
			.withCauseInstanceOf(NumberFormatException.class);
	}

	@Test
	void tooFewFields() {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> read("a,b,c\n1\n", "a"))
			.withMessage("test.csv, line 2, field b: missing: the line has 1 fields, the header 3 (a,b,c)");
	}

	@Test
	void noHeader() {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> read("# only comments\n", "a", "b"))
			.withMessage("test.csv: no header line a,b");
	}

	private static DataFile read(String text, String... required) {
		return DataFile.read("test.csv", new StringReader(text), List.of(required));
	}

}
