package vn.kt1.batch.estimate.benchmark;

/**
 * A method's mean accuracy over the cases: sMAPE and MASE over the horizon, OWA (the mean of
 * the two relative to Naive2's, as in the M4 competition), and the error of the 12-month total
 * of months 7 to 18 (NaN when the horizon is shorter).
 */
record Score(String method, double smape, double mase, double owa, double totalError, int cases) {

}
