package vn.kt1.batch.incident;

/**
 * What an incidents import did.
 *
 * @param added incidents new to the register
 * @param updated incidents already stored, updated by the file
 */
public record IncidentImportResult(int added, int updated) {

}
