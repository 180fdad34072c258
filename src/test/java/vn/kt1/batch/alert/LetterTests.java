package vn.kt1.batch.alert;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterTests {

	private final Letter letter = new Letter().paragraph("Lần chạy #42 <lỗi> & \"dừng\"")
		.fact("Công việc", "ingestJob")
		.fact("Tham số", "businessDate=2026-11-22")
		.heading("Cách chạy lại")
		.verbatim(List.of("./kt1 restart 42"))
		.items(List.of("tệp a.csv:\nthiếu cột", "tệp b.csv"))
		.link("Bảng điều khiển", "http://127.0.0.1:8080/executions/42?a=1&b=2");

	@Test
	void plainTextAlignsFactsIndentsCommandsAndSpellsOutLinks() {
		assertThat(this.letter.text()).isEqualTo("""
				Lần chạy #42 <lỗi> & "dừng"

				Công việc: ingestJob
				Tham số:   businessDate=2026-11-22

				Cách chạy lại
				-------------

				    ./kt1 restart 42

				- tệp a.csv:
				  thiếu cột
				- tệp b.csv

				Bảng điều khiển: http://127.0.0.1:8080/executions/42?a=1&b=2
				""");
	}

	@Test
	void htmlEscapesWhatHtmlGivesAMeaningAndKeepsVietnameseLetters() {
		String html = this.letter.html();
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<meta charset=\"UTF-8\">")
			.contains("<p>Lần chạy #42 &lt;lỗi&gt; &amp; &quot;dừng&quot;</p>")
			.contains("<td style=\"padding: 2px 0\">businessDate=2026-11-22</td>")
			.contains("<h3 style=\"margin: 16px 0 4px\">Cách chạy lại</h3>")
			.contains(">./kt1 restart 42</pre>")
			.contains("<li>tệp a.csv:<br>thiếu cột</li>")
			.contains("<a href=\"http://127.0.0.1:8080/executions/42?a=1&amp;b=2\">Bảng điều khiển</a>")
			.endsWith("</body></html>\n");
	}

}
