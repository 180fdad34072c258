package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes text strictly, in large blocks. Text before a malformed byte is delivered first;
 * the error is raised only when the reader reaches it, so the caller knows its line.
 */
final class StrictTextReader {

	/** Malformed input reached; {@link #badByte} tells which byte. */
	static final class MalformedException extends IOException {

		private final int badByte;

		MalformedException(int badByte) {
			super("malformed text");
			this.badByte = badByte;
		}

		int badByte() {
			return this.badByte;
		}

	}

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);

	private boolean endOfInput;

	private int pendingBadByte = -1;

	/**
	 * @param in the bytes after any byte order mark
	 * @param encoding how they are encoded
	 */
	StrictTextReader(InputStream in, TextEncoding encoding) {
		this.in = in;
		this.decoder = encoding.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.bytes.flip();
	}

	/**
	 * Fill {@code chars} (cleared by the caller) with the next decoded text.
	 * @return the number of chars, or -1 at the end
	 */
	int read(CharBuffer chars) throws IOException {
		while (true) {
			if (this.pendingBadByte >= 0) {
				throw new MalformedException(this.pendingBadByte);
			}
			int before = chars.position();
			CoderResult result = this.decoder.decode(this.bytes, chars, this.endOfInput);
			if (result.isError()) {
				this.pendingBadByte = this.bytes.get(this.bytes.position()) & 0xFF;
			}
			if (chars.position() > before) {
				return chars.position() - before;
			}
			if (result.isOverflow()) {
				return 0;
			}
			if (this.endOfInput && this.pendingBadByte < 0) {
				return -1;
			}
			refill();
		}
	}

	private void refill() throws IOException {
		this.bytes.compact();
		int n = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (n < 0) {
			this.endOfInput = true;
		}
		else {
			this.bytes.position(this.bytes.position() + n);
		}
		this.bytes.flip();
	}

}
