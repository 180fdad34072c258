package vn.kt1.batch.estimate;

/**
 * The throughput files a history was read from.
 *
 * @param count how many
 * @param digest the SHA-256 of their content hashes, one per line in the order of their ids:
 * the same files give the same digest
 */
record InputFiles(int count, String digest) {

}
