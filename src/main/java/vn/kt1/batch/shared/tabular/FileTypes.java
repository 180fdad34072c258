package vn.kt1.batch.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file really is, from its first bytes and the package inside, and whether its
 * name says the same: only CSV text named {@code .csv}, an Excel workbook named
 * {@code .xlsx} and an Excel 97–2003 workbook named {@code .xls} are read. Anything else is
 * refused with a reason that says what the file is and what to send instead.
 */
final class FileTypes {

	/** What the bytes are. */
	enum Content {

		TEXT("text"), XLSX("an Excel workbook (.xlsx)"), XLSM("a macro-enabled Excel workbook (.xlsm)"),
		XLSB("a binary Excel workbook (.xlsb)"), ODS("an OpenDocument spreadsheet (.ods)"),
		DOCX("a Word document"), ZIP("a ZIP archive"), XLS("an Excel 97-2003 workbook (.xls)"),
		ENCRYPTED("a password-protected (encrypted) workbook"), DOC("a Word 97-2003 document"),
		OLE("an Office 97-2003 file that is not a workbook"), PDF("a PDF document"), BINARY("binary data");

		private final String description;

		Content(String description) {
			this.description = description;
		}

	}

	private static final int CONTENT_TYPES_LIMIT = 1 << 20;

	private FileTypes() {
	}

	/**
	 * @return the format to read the file with
	 * @throws TabularFormatException when the file is not one of the formats, or its name
	 * does not say what it is
	 */
	static InputFormat detect(Path file) throws TabularFormatException {
		String extension = extension(file);
		Content content = content(file);
		switch (extension) {
			case "csv" -> {
				return expect(file, content, Content.TEXT, InputFormat.CSV, ".csv");
			}
			case "xlsx" -> {
				return expect(file, content, Content.XLSX, InputFormat.XLSX, ".xlsx");
			}
			case "xls" -> {
				return expect(file, content, Content.XLS, InputFormat.XLS, ".xls");
			}
			default -> throw refuse(file, otherExtension(extension, content));
		}
	}

	private static InputFormat expect(Path file, Content content, Content expected, InputFormat format, String name)
			throws TabularFormatException {
		if (content == expected) {
			return format;
		}
		throw refuse(file, mismatch(content, name));
	}

	private static String mismatch(Content content, String name) {
		return switch (content) {
			case ENCRYPTED -> "a password-protected (encrypted) workbook: remove the password in Excel "
					+ "(File > Info > Protect Workbook > Encrypt with Password, leave it empty), save and send it again";
			case XLS -> "an Excel 97-2003 workbook (.xls) renamed " + name + ": send it under its .xls name, "
					+ "or save it as .xlsx in Excel";
			case XLSX -> "an Excel workbook (.xlsx) renamed " + name + ": send it under its .xlsx name";
			case XLSM -> "a macro-enabled workbook (.xlsm) renamed " + name
					+ ": save it as an Excel Workbook (.xlsx) without macros and send that";
			case TEXT -> "text, not " + (name.equals(".csv") ? "CSV" : "an Excel workbook")
					+ " (perhaps a web page or a CSV file saved under a " + name
					+ " name): save it as .xlsx in Excel, or send it as CSV UTF-8 named .csv";
			default -> content.description + ", not " + (name.equals(".csv") ? "CSV text" : "a " + name + " workbook")
					+ ": " + whatToSend();
		};
	}

	private static String otherExtension(String extension, Content content) {
		String what = switch (extension) {
			case "xlsm" -> "a macro-enabled workbook (.xlsm) is not accepted: save it as an Excel Workbook (.xlsx) "
					+ "and send that";
			case "ods" -> "an OpenDocument spreadsheet (.ods) is not accepted: save it as .xlsx or CSV UTF-8 and send "
					+ "that";
			case "pdf" -> "a PDF document holds no data to load: " + whatToSend();
			case "" -> "a file without an extension (" + content.description + ") is not an input format: "
					+ whatToSend();
			default -> "a ." + extension + " file (" + content.description + ") is not an input format: " + whatToSend();
		};
		return what;
	}

	private static String whatToSend() {
		return "send the table as .xlsx, .xls or CSV UTF-8 (.csv)";
	}

	private static TabularFormatException refuse(Path file, String reason) {
		return new TabularFormatException(file, 0, null, reason);
	}

	static String extension(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).strip();
	}

	static Content content(Path file) throws TabularFormatException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8);
		}
		catch (IOException ex) {
			throw new TabularFormatException(file, 0, null, "cannot read the file: " + ex.getMessage(), ex);
		}
		if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
			return zip(file);
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return ole(file);
		}
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return Content.PDF;
		}
		return Content.TEXT;
	}

	private static Content zip(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				String type = read(zip, mimetype);
				if (type.contains("opendocument")) {
					return type.contains("spreadsheet") ? Content.ODS : Content.ZIP;
				}
			}
			ZipEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				return Content.ZIP;
			}
			String text = read(zip, types).toLowerCase(Locale.ROOT);
			if (text.contains("sheet.macroenabled") || text.contains("template.macroenabled")) {
				return Content.XLSM;
			}
			if (text.contains("sheet.binary")) {
				return Content.XLSB;
			}
			if (text.contains("spreadsheetml.sheet.main+xml") || text.contains("spreadsheetml.template.main+xml")) {
				return Content.XLSX;
			}
			return text.contains("wordprocessingml") ? Content.DOCX : Content.ZIP;
		}
		catch (IOException | RuntimeException ex) {
			// a truncated or damaged package: the workbook reader says what is wrong with it
			return Content.XLSX;
		}
	}

	private static String read(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8);
		}
	}

	private static Content ole(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				return Content.ENCRYPTED;
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return Content.XLS;
			}
			return root.hasEntryCaseInsensitive("WordDocument") ? Content.DOC : Content.OLE;
		}
		catch (IOException | RuntimeException ex) {
			// a damaged compound file: the workbook reader says what is wrong with it
			return Content.XLS;
		}
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
