package vn.kt1.batch.estimate.benchmark;

/**
 * One series of the M3 competition split into the history to forecast from and the test
 * period.
 */
record M3Series(String id, String category, double[] history, double[] actual) {

}
