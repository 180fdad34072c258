package vn.kt1.batch.reconcile;

/** Where an item stands against its deadline. */
enum Outcome {

	ON_TIME, LATE, IN_TRANSIT, RETURNED, LOST

}
