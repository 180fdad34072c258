package vn.kt1.batch.reconcile.checks;

/** How much a data check's findings matter. An {@code ERROR} blocks estimates and reports. */
public enum Severity {

	OK, INFO, WARNING, ERROR

}
