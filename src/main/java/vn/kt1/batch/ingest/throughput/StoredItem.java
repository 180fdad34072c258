package vn.kt1.batch.ingest.throughput;

/**
 * What earlier files said of an item: its furthest state and its fields fixed at
 * acceptance.
 */
record StoredItem(String status, int rank, ItemEvent fixed) {

}
