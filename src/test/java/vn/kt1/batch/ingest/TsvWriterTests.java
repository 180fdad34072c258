package vn.kt1.batch.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TsvWriterTests {

	@Test
	void escapesWhatLoadDataWouldSplitOnAndWritesNullAsBackslashN() {
		TsvWriter tsv = new TsvWriter();
		tsv.number(7).text("a\tb\nc\\d").text(null).dateTime(LocalDateTime.of(2026, 2, 3, 4, 5, 6)).endRow();
		tsv.text("Đồng Tháp").endRow();

		assertThat(new String(tsv.drain(), StandardCharsets.UTF_8))
			.isEqualTo("7\ta\\tb\\nc\\\\d\t\\N\t2026-02-03 04:05:06\nĐồng Tháp\n");
		assertThat(tsv.size()).isZero();
	}

}
