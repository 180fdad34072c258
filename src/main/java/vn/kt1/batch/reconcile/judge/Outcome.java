package vn.kt1.batch.reconcile.judge;

/** Where an item stands against its deadline. */
public enum Outcome {

	ON_TIME, LATE, IN_TRANSIT, RETURNED, LOST

}
