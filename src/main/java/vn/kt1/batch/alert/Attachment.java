package vn.kt1.batch.alert;

/**
 * A file attached to a message, its bytes taken when the message is written.
 *
 * @param fileName the name the recipient sees
 * @param contentType e.g. {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}
 */
public record Attachment(String fileName, String contentType, byte[] content) {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

}
