package vn.kt1.batch.shared.tabular;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared-strings table (where Excel puts every text a sheet holds), read once
 * and kept as UTF-8 bytes in pages of a megabyte: a few bytes more than the text itself per
 * string. Hand-written because POI's {@code ReadOnlySharedStringsTable} makes an XMLBeans
 * rich-text object at each look-up (and puts the whole table in the message of a look-up out
 * of range): on 2026-12-07, for a 200,000-row workbook (360,695 strings, 11 MB of XML), its
 * look-ups took half the time of the thread parsing the sheet, and its table held 23 MB of
 * heap where this one holds 8 MB. The text of a string is that of its runs ({@code <t>}, also
 * inside {@code <r>}), without phonetic guides ({@code <rPh>}), as a sheet's inline strings.
 * A text longer than a cell holds is kept cut, with its length in the mark, and known as
 * {@link #tooLong too long}.
 */
final class SharedStrings implements SheetStrings {

	static final SharedStrings NONE = new SharedStrings();

	private static final int PAGE_BITS = 20;

	private static final int PAGE = 1 << PAGE_BITS;

	private final List<byte[]> pages = new ArrayList<>();

	private final BitSet tooLong = new BitSet();

	private int[] starts = new int[1024];

	private int size;

	private int used = PAGE;

	private SharedStrings() {
	}

	/** Reads the table's XML part (a DOCTYPE is refused). */
	static SharedStrings read(InputStream part) throws XMLStreamException {
		SharedStrings strings = new SharedStrings();
		XMLStreamReader xml = WorkbookXml.open(part);
		try {
			strings.readAll(xml);
		}
		finally {
			xml.close();
		}
		return strings;
	}

	private void readAll(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder(64);
		long length = 0;
		int phonetic = 0;
		boolean inText = false;
		while (xml.hasNext()) {
			int event = xml.next();
			WorkbookXml.refuseDoctype(event);
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = WorkbookXml.name(xml);
				phonetic += "rPh".equals(name) ? 1 : 0;
				inText = phonetic == 0 && "t".equals(name);
				if ("si".equals(name)) {
					text.setLength(0);
					length = 0;
				}
			}
			else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE)) {
				int count = xml.getTextLength();
				length += count;
				int room = SheetCells.MAX_CELL_CHARS + 1 - text.length();
				text.append(xml.getTextCharacters(), xml.getTextStart(), Math.max(0, Math.min(room, count)));
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = WorkbookXml.name(xml);
				phonetic -= "rPh".equals(name) ? 1 : 0;
				inText = false;
				if ("si".equals(name)) {
					add(text.toString(), length);
				}
			}
		}
	}

	private void add(String text, long length) {
		if (length > SheetCells.MAX_CELL_CHARS) {
			this.tooLong.set(this.size);
			text = CellText.clip(text, length);
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		// a string never spans two pages: a cell's 32,767 characters are at most 98,301 bytes
		if (this.used + 3 + bytes.length > PAGE) {
			this.pages.add(new byte[PAGE]);
			this.used = 0;
		}
		byte[] page = this.pages.get(this.pages.size() - 1);
		int start = ((this.pages.size() - 1) << PAGE_BITS) | this.used;
		for (int rest = bytes.length; ; rest >>>= 7) {
			page[this.used++] = (byte) ((rest > 0x7f) ? (rest & 0x7f) | 0x80 : rest);
			if (rest <= 0x7f) {
				break;
			}
		}
		System.arraycopy(bytes, 0, page, this.used, bytes.length);
		this.used += bytes.length;
		if (this.size == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.size + (this.size >> 1));
		}
		this.starts[this.size++] = start;
	}

	int size() {
		return this.size;
	}

	/** @return the string at a 0-based index of the table */
	@Override
	public String get(int index) {
		if (index < 0 || index >= this.size) {
			throw new IndexOutOfBoundsException(index);
		}
		byte[] page = this.pages.get(this.starts[index] >>> PAGE_BITS);
		int at = this.starts[index] & (PAGE - 1);
		int length = 0;
		for (int shift = 0; ; shift += 7) {
			byte b = page[at++];
			length |= (b & 0x7f) << shift;
			if (b >= 0) {
				break;
			}
		}
		return new String(page, at, length, StandardCharsets.UTF_8);
	}

	/** @return whether the string was longer than a cell holds (it is kept cut) */
	@Override
	public boolean tooLong(int index) {
		return this.tooLong.get(index);
	}

}
