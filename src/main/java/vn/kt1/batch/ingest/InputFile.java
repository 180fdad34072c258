package vn.kt1.batch.ingest;

import java.nio.file.Path;

/**
 * A file in the registry.
 *
 * @param id registry id
 * @param path where it was found in the inbox
 * @param status {@code PENDING}, {@code LOADED}, {@code REFUSED} or {@code DUPLICATE}
 */
public record InputFile(long id, InputKind kind, Path path, String sha256, String status, String reason) {

}
