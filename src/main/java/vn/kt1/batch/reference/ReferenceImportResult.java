package vn.kt1.batch.reference;

/** How many rows of each list an import stored (inserted or updated). */
public record ReferenceImportResult(int agencies, int postOffices, int tariffPrices) {

}
