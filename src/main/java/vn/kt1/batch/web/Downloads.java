package vn.kt1.batch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends a file to the browser as an attachment. */
public final class Downloads {

	/** An Excel workbook. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** A Word document. */
	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private Downloads() {
	}

	/** Send the file's bytes as they are, under this name. */
	public static void send(HttpServletResponse response, Path file, String name, String type) throws IOException {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setContentLengthLong(Files.size(file));
		Files.copy(file, response.getOutputStream());
	}

}
