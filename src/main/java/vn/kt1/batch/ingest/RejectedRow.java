package vn.kt1.batch.ingest;

import vn.kt1.batch.shared.input.InputError;

/**
 * A row kept aside: where, why, and the values as received (template column order).
 */
public record RejectedRow(InputError error, String[] rawValues) {

}
