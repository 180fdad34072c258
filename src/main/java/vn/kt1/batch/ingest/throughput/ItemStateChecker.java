package vn.kt1.batch.ingest.throughput;

import vn.kt1.batch.ingest.Vocabulary;

/**
 * The item state machine within one file. A file has one time, so the order of its lines
 * says nothing of the order of events: the rows of an item may stand in any order, but the
 * item has each state (accepted, in transit, one final state) at most once, and every row
 * keeps the fields fixed at acceptance as the item's first row in the file gives them (a
 * message names the item's previous row). What
 * earlier files said is checked afterwards, in the database ({@link StoredStateCheck}).
 */
final class ItemStateChecker {

	/** A refused row: the column to blame and why. */
	record Problem(String column, String reason) {
	}

	private static final long NONE = -1;

	private static final long LINE_MASK = (1L << 28) - 1;

	/**
	 * The most items remembered: 1,048,576 items take 32 MB (a primitive open-addressing
	 * table at most half full), 48 MB while it grows. The rows of further items are checked in
	 * the database once the file is in ({@link InFileCheck}), so a file of any length loads in
	 * bounded memory.
	 */
	static final int MAX_ITEMS = 1 << 20;

	private final LongLongMap inFile;

	private final int maxItems;

	private int items;

	private boolean overflowed;

	ItemStateChecker() {
		this(1 << 12, MAX_ITEMS);
	}

	/**
	 * @param expectedItems how many items the file probably has (its size tells)
	 * @param maxItems the most items remembered
	 */
	ItemStateChecker(int expectedItems, int maxItems) {
		this.inFile = new LongLongMap(Math.max(16, Math.min(expectedItems, maxItems)));
		this.maxItems = maxItems;
	}

	/** @return whether some items were not remembered: the file needs {@link InFileCheck} */
	boolean overflowed() {
		return this.overflowed;
	}

	/** @return why the row is refused, or {@code null} when it is accepted (and remembered) */
	Problem check(ItemEvent event, long line) {
		long key = BarcodeKeys.of(event.barcode());
		int rank = Vocabulary.statusRank(event.status());
		long previous = this.inFile.get(key, NONE);
		if (previous == NONE) {
			if (this.items >= this.maxItems) {
				this.overflowed = true;
				return null;
			}
			this.items++;
			this.inFile.put(key, pack(fixedHash(event), 1 << (rank - 1), line));
			return null;
		}
		long last = previous & LINE_MASK;
		if ((int) (previous >>> 31) != fixedHash(event)) {
			return new Problem("ma_buu_gui", "changes a field fixed at acceptance, compared with line " + last
					+ " (the item's previous row in this file)");
		}
		int ranks = (int) ((previous >>> 28) & 7);
		if ((ranks & (1 << (rank - 1))) != 0) {
			return new Problem("trang_thai", "status " + event.status() + ": the item already has "
					+ ((rank == 3) ? "a final state" : "this state") + " in this file (its previous row: line " + last
					+ ")");
		}
		this.inFile.put(key, pack(fixedHash(event), ranks | (1 << (rank - 1)), line));
		return null;
	}

	private static long pack(int hash, int ranks, long line) {
		return ((long) hash << 31) | ((long) ranks << 28) | (line & LINE_MASK);
	}

	private static int fixedHash(ItemEvent e) {
		int h = e.acceptedAt().hashCode();
		h = 31 * h + e.sender().hashCode();
		h = 31 * h + e.receiver().hashCode();
		h = 31 * h + e.urgency().hashCode();
		h = 31 * h + e.secrecy().hashCode();
		h = 31 * h + e.itemType().hashCode();
		h = 31 * h + e.weightG();
		return (31 * h + Long.hashCode(e.feeVnd())) & 0x3FFFFFFF;
	}

}
