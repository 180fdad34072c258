package vn.kt1.batch.ingest.throughput;

import vn.kt1.batch.ingest.Vocabulary;

/**
 * The item state machine within one file: an item never moves back, reaches one final
 * state only once, and keeps the fields fixed at its acceptance. What earlier files said
 * is checked afterwards, in the database ({@link StoredStateCheck}).
 */
final class ItemStateChecker {

	/** A refused row: the column to blame and why. */
	record Problem(String column, String reason) {
	}

	private static final long NONE = -1;

	private final LongLongMap inFile = new LongLongMap(1 << 16);

	/** @return why the row is refused, or {@code null} when it is accepted (and remembered) */
	Problem check(ItemEvent event, long line) {
		long key = BarcodeKeys.of(event.barcode());
		int rank = Vocabulary.statusRank(event.status());
		long previous = this.inFile.get(key, NONE);
		Problem problem = (previous != NONE) ? againstFile(event, rank, previous) : null;
		if (problem == null) {
			this.inFile.put(key, pack(rank, fixedHash(event), line));
		}
		return problem;
	}

	private Problem againstFile(ItemEvent event, int rank, long previous) {
		long line = previous & 0xFFFFFFFL;
		if ((int) (previous >>> 30) != fixedHash(event)) {
			return new Problem("ma_buu_gui", "changes a field fixed at acceptance, compared with line " + line);
		}
		int previousRank = (int) ((previous >>> 28) & 3);
		if (rank <= previousRank) {
			return new Problem("trang_thai", "status " + event.status() + " does not move the item forward from line "
					+ line + ((rank == 3 && previousRank == 3) ? " (the item is already in a final state)" : ""));
		}
		return null;
	}

	private static long pack(int rank, int hash, long line) {
		return ((long) hash << 30) | ((long) rank << 28) | (line & 0xFFFFFFFL);
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
