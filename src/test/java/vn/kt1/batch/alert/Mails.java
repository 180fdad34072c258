package vn.kt1.batch.alert;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Reads a received message's parts as a mail client shows them. */
public final class Mails {

	private Mails() {
	}

	/**
	 * Keep a received message as a mail client shows it, in {@code target/alert-examples/NAME.txt},
	 * for the README's examples.
	 */
	public static void keep(MimeMessage message, String name) {
		try {
			java.nio.file.Path file = java.nio.file.Path.of("target/alert-examples", name + ".txt");
			java.nio.file.Files.createDirectories(file.getParent());
			StringBuilder text = new StringBuilder("Subject: " + subject(message) + "\nTo: ");
			text.append(String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString)
				.toList()));
			attachments(message).forEach((fileName, bytes) -> text.append("\nAttachment: ").append(fileName));
			text.append("\n\n").append(text(message));
			java.nio.file.Files.writeString(file, text);
			java.nio.file.Files.writeString(file.resolveSibling(name + ".html"), html(message));
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the text/plain body */
	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	/** @return the text/html body */
	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	/** @return the attachments' bytes by file name */
	public static Map<String, byte[]> attachments(MimeMessage message) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try {
			collect(message, files);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		return files;
	}

	private static String part(MimeMessage message, String type) {
		try {
			Part part = find(message, type);
			return (part != null) ? (String) part.getContent() : null;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Part find(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return part;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = find(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collect(Part part, Map<String, byte[]> files) throws MessagingException, IOException {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), files);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part instanceof BodyPart body) {
			try (InputStream in = body.getInputStream()) {
				files.put(MimeUtility.decodeText(body.getFileName()), in.readAllBytes());
			}
		}
	}

}
