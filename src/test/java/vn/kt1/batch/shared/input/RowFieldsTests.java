package vn.kt1.batch.shared.input;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.shared.tabular.Column;
import vn.kt1.batch.shared.tabular.FieldParsers;
import vn.kt1.batch.shared.tabular.Row;
import vn.kt1.batch.shared.tabular.Template;

import static org.assertj.core.api.Assertions.assertThat;

class RowFieldsTests {

	private static final Template TEMPLATE = new Template("t",
			List.of(new Column("ma", "Mã", true), new Column("ten", "Tên", false), new Column("tien", "Tiền", true)));

	@Test
	void aControlCharacterRejectsTheRowNamingTheField() {
		RowFields row = fields(new Row(7, new String[] { "A1", "Tên\u0000x", "12" }, none(), none()));

		assertThat((String) row.required(0, FieldParsers::code)).isEqualTo("A1");
		assertThat((String) row.optional(1, (v) -> v)).isNull();
		assertThat(row.errors()).extracting(InputError::toString)
			.containsExactly("f.csv, line 7, column ten: the value holds a control character (U+0000 NULL), which no "
					+ "field may have (a damaged file, or a copy from another program)");
	}

	@Test
	void aSpreadsheetErrorTypedOrAsACellRejectsTheRowNamingTheField() {
		RowFields typed = fields(new Row(3, new String[] { "#N/A", null, "#VALUE!" }, none(), none()));
		RowFields cell = fields(new Row(4, new String[] { "A1", null, "#REF!" }, none(), none(),
				new String[] { null, null, "the cell holds the spreadsheet error #REF!" }, null));

		assertThat((String) typed.required(0, FieldParsers::code)).isNull();
		assertThat(typed.errors()).extracting(InputError::column).containsExactly("ma", "tien");
		assertThat(typed.errors().get(0).reason()).isEqualTo("the cell holds the spreadsheet error #N/A, not a value");
		assertThat(cell.requiredMoney(2)).isNull();
		assertThat(cell.errors()).extracting(InputError::reason)
			.containsExactly("the cell holds the spreadsheet error #REF!");
	}

	@Test
	void aRowTheReaderCouldNotUseHasOneErrorAndNoField() {
		RowFields row = fields(new Row(5, new String[] { "A1", "x", "12,500" }, none(), none(), null,
				"the row has 4 fields and the header 3"));

		assertThat((String) row.required(0, FieldParsers::code)).isNull();
		assertThat(row.requiredMoney(2)).isNull();
		assertThat(row.valid()).isFalse();
		assertThat(row.errors()).extracting(InputError::toString)
			.containsExactly("f.csv, line 5: the row has 4 fields and the header 3");
	}

	@Test
	void aValueThatShowsNothingIsMissing() {
		RowFields row = fields(new Row(2, new String[] { "\u200B\u00A0", null, "1" }, none(), none()));

		assertThat(row.raw(0)).isNull();
		assertThat((String) row.required(0, FieldParsers::code)).isNull();
		assertThat(row.errors()).extracting(InputError::reason).containsExactly("required value is missing");
	}

	private static RowFields fields(Row row) {
		return new RowFields("f.csv", TEMPLATE, row);
	}

	private static boolean[] none() {
		return new boolean[3];
	}

}
