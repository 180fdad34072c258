package vn.kt1.batch.report.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.kt1.batch.report.figures.Issuer;
import vn.kt1.batch.report.figures.VietnameseText;

/**
 * The parts every report shares in the form of Decree 30/2020 (Appendix I): the header of
 * issuing body and national title, number and symbol, place and date; the addressees; the
 * recipients and the signature block; the heading of an annex; paragraphs from a text file.
 */
public final class OfficialForm {

	private static final int LEFT = 4593;

	private static final int RIGHT = 5386;

	private OfficialForm() {
	}

	static void header(DocxBuilder docx, Issuer issuer) {
		XWPFTable table = docx.layout(new int[] { LEFT, RIGHT }, -(LEFT + RIGHT - DocxBuilder.TEXT_WIDTH) / 2);
		XWPFTableCell body = table.getRow(0).getCell(0);
		if (!issuer.parent().isBlank()) {
			docx.line(body, issuer.parent(), 12, false, false, ParagraphAlignment.CENTER);
		}
		docx.line(body, issuer.body(), 12, true, false, ParagraphAlignment.CENTER);
		docx.rule(body, LEFT, 1400);
		XWPFTableCell nation = table.getRow(0).getCell(1);
		docx.line(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, ParagraphAlignment.CENTER);
		docx.line(nation, "Độc lập - Tự do - Hạnh phúc", 13, true, false, ParagraphAlignment.CENTER);
		docx.rule(nation, RIGHT, 3400);
		XWPFTableCell number = table.createRow().getCell(0);
		docx.line(number, "Số:        /" + issuer.symbol(), 13, false, false, ParagraphAlignment.CENTER)
			.setSpacingBefore(120);
		XWPFTableCell place = table.getRow(1).getCell(1);
		docx.line(place, issuer.dateLine(), 14, false, true, ParagraphAlignment.CENTER).setSpacingBefore(120);
	}

	/** The title block: the kind of document in capitals, its subject, a short rule. */
	static void title(DocxBuilder docx, String subject) {
		docx.centred("", 14, false, false).setSpacingAfter(240);
		docx.centred("BÁO CÁO", 14, true, false);
		docx.centred(subject, 14, true, false);
		docx.rule(null, DocxBuilder.TEXT_WIDTH, 1700);
		docx.centred("", 14, false, false).setSpacingAfter(120);
	}

	/** "Kính gửi:" with one addressee a line, when there are several, or on the same line. */
	static void addressees(DocxBuilder docx, List<String> addressees) {
		if (addressees.size() == 1) {
			docx.centred("Kính gửi: " + addressees.get(0), 14, false, false).setSpacingAfter(120);
			return;
		}
		docx.centred("Kính gửi:", 14, false, false);
		for (String addressee : addressees) {
			docx.centred("- " + addressee, 14, false, false);
		}
		docx.centred("", 14, false, false).setSpacingAfter(120);
	}

	/** Recipients on the left; on the right the authority, title, space for signature and seal, name. */
	static void footer(DocxBuilder docx, Issuer issuer) {
		docx.centred("", 12, false, false);
		XWPFTable table = docx.layout(new int[] { 4536, 4535 }, 0);
		XWPFTableCell recipients = table.getRow(0).getCell(0);
		docx.line(recipients, "Nơi nhận:", 12, true, true, ParagraphAlignment.LEFT);
		for (String recipient : issuer.recipients()) {
			docx.line(recipients, "- " + recipient, 11, false, false, ParagraphAlignment.LEFT);
		}
		XWPFTableCell signature = table.getRow(0).getCell(1);
		Issuer.Signer signer = issuer.signer();
		if (!signer.authority().isBlank()) {
			docx.line(signature, signer.authority(), 14, true, false, ParagraphAlignment.CENTER);
		}
		docx.line(signature, signer.title(), 14, true, false, ParagraphAlignment.CENTER);
		for (int i = 0; i < 5; i++) {
			docx.line(signature, "", 14, false, false, ParagraphAlignment.CENTER);
		}
		docx.line(signature, signer.name(), 14, true, false, ParagraphAlignment.CENTER);
	}

	/**
	 * The heading of an annex: {@code Phụ lục …} and what it goes with, the number and date
	 * left blank for the office (the date written when configured).
	 * @return the two lines
	 */
	public static List<String> annexHeading(Issuer issuer) {
		String date = (issuer.issueDate() != null) ? VietnameseText.writtenDate(issuer.issueDate())
				: "ngày … tháng … năm …";
		String symbol = issuer.symbol().startsWith("BC-") ? issuer.symbol() : "BC-" + issuer.symbol();
		return List.of("Phụ lục …", "(Kèm theo Báo cáo số …/" + symbol + " " + date + " của " + issuer.name() + ")");
	}

	/** The annex's heading as a document page begins it. */
	static void annexHeading(DocxBuilder docx, Issuer issuer, String title) {
		List<String> heading = annexHeading(issuer);
		docx.pageBreak();
		docx.centred(heading.get(0), 14, true, false);
		docx.centred(title, 14, true, false);
		docx.centred(heading.get(1), 14, false, true).setSpacingAfter(240);
	}

	/**
	 * The paragraphs of a text file (one a non-blank line), or dotted lines for a person to
	 * write on when no file is configured.
	 * @throws UncheckedIOException when a configured file cannot be read
	 */
	static void paragraphs(DocxBuilder docx, Path file, int dottedLines) {
		if (file == null) {
			for (int i = 0; i < dottedLines; i++) {
				docx.dottedLine();
			}
			return;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String text = line.strip().replace("\uFEFF", "");
				if (!text.isEmpty()) {
					docx.body(text);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

}
