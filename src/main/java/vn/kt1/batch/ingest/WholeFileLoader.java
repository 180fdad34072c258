package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.util.List;

import vn.kt1.batch.shared.input.InputRefusedException;

/**
 * A file that is loaded all or nothing by an import service of its own (incidents, budget
 * proposals and allocations), sent through the inbox: imported as its command imports it; a
 * file with errors is refused, each error kept as a rejected row for correction.
 */
public abstract class WholeFileLoader implements FileLoader {

	private final InputKind kind;

	protected WholeFileLoader(InputKind kind) {
		this.kind = kind;
	}

	/**
	 * @return the rows stored
	 * @throws InputRefusedException listing every error; then nothing is stored
	 */
	protected abstract long importFile(Path file);

	@Override
	public InputKind kind() {
		return this.kind;
	}

	@Override
	public LoadOutcome load(long fileId, Path file, IngestProgress progress) {
		try {
			long rows = importFile(file);
			return new LoadOutcome(rows, rows, List.of(), null);
		}
		catch (InputRefusedException ex) {
			List<RejectedRow> rejected = ex.errors()
				.stream()
				.map((error) -> new RejectedRow(error, new String[0]))
				.toList();
			return new LoadOutcome(0, 0, rejected, ex.errors().size() + " error(s) in the file, which is loaded all or "
					+ "nothing; first: " + ex.errors().get(0));
		}
	}

	@Override
	public void discard(long fileId) {
		// a file with errors stores nothing
	}

}
