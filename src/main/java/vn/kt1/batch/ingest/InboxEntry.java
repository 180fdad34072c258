package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Something found in an inbox folder, and what ingest does with it.
 *
 * @param kind the folder's kind
 * @param path where it is
 * @param state whether it is taken, waits, or is refused without being read
 * @param reason why it waits or is refused, or {@code null}
 * @param size its size in bytes (0 when unknown)
 * @param modified its modification time, or {@code null} when unknown
 */
record InboxEntry(InputKind kind, Path path, State state, String reason, long size, Instant modified) {

	enum State {

		/** A complete file: it is registered and loaded. */
		TAKEN,

		/** Still being written: it is listed as waiting and taken by a later run. */
		WAITING,

		/** Not a file ingest reads (a link, a device, an unreadable entry): refused with its reason. */
		REFUSED

	}

}
