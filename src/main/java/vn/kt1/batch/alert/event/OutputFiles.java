package vn.kt1.batch.alert.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.kt1.batch.alert.AlertProperties;
import vn.kt1.batch.alert.Attachment;
import vn.kt1.batch.alert.Letter;

/**
 * The files a job wrote, for a message: attached when together they are within
 * {@code kt1.alerts.attachment-limit}, else linked, with their place on the server.
 */
@Component
class OutputFiles {

	private final AlertProperties properties;

	OutputFiles(AlertProperties properties) {
		this.properties = properties;
	}

	/**
	 * Say in the letter which files go with it, and how.
	 * @return the attachments (none when a file is missing or they are too large together)
	 */
	List<Attachment> attach(Letter letter, List<String> paths, String link) {
		List<Path> files = paths.stream().map(Path::of).toList();
		List<String> missing = files.stream().filter((file) -> !Files.isRegularFile(file)).map(Path::toString).toList();
		if (files.isEmpty() || !missing.isEmpty()) {
			letter.paragraph("Không tìm thấy tệp kết quả trên máy chủ" + (missing.isEmpty() ? "" : ": "
					+ String.join(", ", missing)) + ". Xem trên bảng điều khiển: " + link);
			return List.of();
		}
		long size = files.stream().mapToLong(OutputFiles::size).sum();
		List<String> lines = files.stream().map((file) -> file.getFileName() + " (" + kilobytes(size(file)) + ")")
			.toList();
		if (size > this.properties.attachmentLimit().toBytes()) {
			letter.paragraph("Tệp kết quả lớn hơn giới hạn đính kèm (" + kilobytes(this.properties.attachmentLimit()
				.toBytes()) + ", kt1.alerts.attachment-limit), nên không gửi kèm. Tải về tại: " + link)
				.items(files.stream().map(Path::toString).toList());
			return List.of();
		}
		letter.paragraph("Tệp đính kèm:").items(lines);
		List<Attachment> attachments = new ArrayList<>();
		for (Path file : files) {
			attachments.add(new Attachment(file.getFileName().toString(), contentType(file), read(file)));
		}
		return attachments;
	}

	private static String contentType(Path file) {
		String name = file.getFileName().toString();
		if (name.endsWith(".xlsx")) {
			return Attachment.XLSX;
		}
		return name.endsWith(".docx") ? Attachment.DOCX : "application/octet-stream";
	}

	private static String kilobytes(long bytes) {
		return vn.kt1.batch.shared.Vnd.group((bytes + 1023) / 1024) + " KB";
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
