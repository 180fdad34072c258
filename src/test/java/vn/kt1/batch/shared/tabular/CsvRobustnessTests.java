package vn.kt1.batch.shared.tabular;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** CSV as other programs write it, and as no program should: encodings, quotes, field counts. */
class CsvRobustnessTests {

	private static final String TEXT = "Mã bưu gửi;Cước (VND);Ngày phát\r\nKT1;12.500;05/10/2026\r\n";

	@TempDir
	Path dir;

	@Test
	void utf16WithEitherByteOrderMarkReadsLikeUtf8() throws Exception {
		Path little = file("le.csv", new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT, StandardCharsets.UTF_16LE);
		Path big = file("be.csv", new byte[] { (byte) 0xFE, (byte) 0xFF }, TEXT, StandardCharsets.UTF_16BE);

		assertThat(TabularReaderTests.read(little)).containsExactly("2|KT1|12.500|05/10/2026");
		assertThat(TabularReaderTests.read(big)).containsExactly("2|KT1|12.500|05/10/2026");
	}

	@Test
	void utf16WithoutAByteOrderMarkAndUtf32AreRefusedSayingWhatToSend() throws Exception {
		Path bare = file("bare.csv", new byte[0], TEXT, StandardCharsets.UTF_16LE);
		Path utf32 = file("utf32.csv", new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }, TEXT, Charset.forName("UTF-32LE"));

		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> TabularReaderTests.read(bare))
			.withMessage("bare.csv: UTF-16 text without a byte order mark cannot be told apart from other encodings: "
					+ "save the file as \"CSV UTF-8\" and send it again");
		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> TabularReaderTests.read(utf32))
			.withMessage("utf32.csv: UTF-32 text is not accepted: save the file as \"CSV UTF-8\" and send it again");
	}

	@Test
	void aWindowsCodePageFileIsRefusedNamingTheLineAndWhatItProbablyIs() throws Exception {
		Path file = file("ansi.csv", new byte[0], "ma_buu_gui,cuoc_vnd\nKT1,1\nCông an,2\n",
				Charset.forName("windows-1258"));

		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> TabularReaderTests.read(file))
			.withMessage("ansi.csv, line 3: not valid UTF-8 (byte 0xF4), perhaps saved in a Windows code page (ANSI, "
					+ "TCVN3, VNI); save the file as \"CSV UTF-8\" and send it again");
	}

	@Test
	void aQuoteNeverClosedRefusesTheFileNamingTheLineWhereItOpened() throws Exception {
		StringBuilder csv = new StringBuilder("ma_buu_gui,cuoc_vnd,ngay_phat\nKT1,1,\n\"KT2,2,\n");
		for (int i = 0; i < 15; i++) {
			csv.append("KT").append(10 + i).append(",3,\n");
		}
		Path file = Files.writeString(this.dir.resolve("quote.csv"), csv);

		assertThatExceptionOfType(TabularFormatException.class).isThrownBy(() -> TabularReaderTests.read(file))
			.withMessage("quote.csv, line 3: a quote (\") opened on this line is never closed: the file is refused "
					+ "whole rather than read with the rest of it inside one field; close the quote and send it again");
	}

	@Test
	void aRowWithAFieldTooManyOrTooFewIsRejectedNeverRealigned() throws Exception {
		Path file = Files.writeString(this.dir.resolve("fields.csv"),
				"ma_buu_gui,cuoc_vnd,ngay_phat\nKT1,12,500,2026-10-05\nKT2,1\nKT3,7,2026-10-05\n");

		List<Row> rows = TabularReaderTests.rows(file);

		assertThat(rows).extracting(Row::problem)
			.containsExactly("the row has 4 fields and the header 3: a delimiter too many or too few (rows are never "
					+ "re-aligned)", "the row has 2 fields and the header 3: a delimiter too many or too few (rows are "
							+ "never re-aligned)",
					null);
	}

	@Test
	void aThirtyMegabyteLineOfDelimitersIsOneRejectedRowInBoundedMemory() throws Exception {
		Path file = this.dir.resolve("commas.csv");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("ma_buu_gui,cuoc_vnd\nKT1,".getBytes(StandardCharsets.US_ASCII));
			byte[] block = new byte[1 << 20];
			java.util.Arrays.fill(block, (byte) ',');
			for (int i = 0; i < 30; i++) {
				out.write(block);
			}
			out.write("\nKT2,5\n".getBytes(StandardCharsets.US_ASCII));
		}

		List<Row> rows = TabularReaderTests.rows(file);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).problem()).startsWith("the row is longer than");
		assertThat(rows.get(1).values()).containsExactly("KT2", "5", null);
	}

	private Path file(String name, byte[] bom, String text, Charset charset) throws Exception {
		byte[] body = text.getBytes(charset);
		byte[] all = java.util.Arrays.copyOf(bom, bom.length + body.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		return Files.write(this.dir.resolve(name), all);
	}

}
