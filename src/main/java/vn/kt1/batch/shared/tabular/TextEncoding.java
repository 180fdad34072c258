package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a CSV file, from its byte order mark: UTF-8 with or without a BOM, or
 * UTF-16 (little or big endian) with one. UTF-32, and UTF-16 without a BOM (half of its bytes
 * are NUL), are refused with what to send instead.
 *
 * @param charset how the text is decoded
 * @param bom the length of the byte order mark to skip
 * @param name how people call it, for messages
 */
record TextEncoding(Charset charset, int bom, String name) {

	static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");

	private static final int SAMPLE = 4096;

	static TextEncoding of(Path file) throws TabularFormatException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SAMPLE);
		}
		catch (IOException ex) {
			throw new TabularFormatException(file, 0, null, "cannot read the file: " + ex.getMessage(), ex);
		}
		if (starts(head, 0xFF, 0xFE, 0, 0) || starts(head, 0, 0, 0xFE, 0xFF)) {
			throw new TabularFormatException(file, 0, null,
					"UTF-32 text is not accepted: save the file as \"CSV UTF-8\" and send it again");
		}
		if (starts(head, 0xEF, 0xBB, 0xBF)) {
			return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8");
		}
		if (starts(head, 0xFF, 0xFE)) {
			return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16");
		}
		if (starts(head, 0xFE, 0xFF)) {
			return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16");
		}
		if (looksLikeUtf16WithoutBom(head)) {
			throw new TabularFormatException(file, 0, null, "UTF-16 text without a byte order mark cannot be told "
					+ "apart from other encodings: save the file as \"CSV UTF-8\" and send it again");
		}
		return UTF_8;
	}

	private static boolean looksLikeUtf16WithoutBom(byte[] head) {
		int nulls = 0;
		for (byte b : head) {
			nulls += (b == 0) ? 1 : 0;
		}
		return head.length >= 8 && nulls * 4 >= head.length;
	}

	private static boolean starts(byte[] head, int... bom) {
		if (head.length < bom.length) {
			return false;
		}
		for (int i = 0; i < bom.length; i++) {
			if ((head[i] & 0xFF) != bom[i]) {
				return false;
			}
		}
		return true;
	}

}
