package vn.kt1.batch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

/**
 * The Word report (báo cáo) in the official form of Decree 30/2020: the header of issuing
 * body and national title, number and date, title, the year's figures written into the
 * sections I to VI ({@link ReportSections}), a section of proposals left for a person to
 * write, then recipients and signature. Dated the day after the cut-off; the number is left
 * for the office to fill in.
 */
@Component
class ReportDocument {

	private static final int LEFT = 4593;

	private static final int RIGHT = 5386;

	private final ReportSections sections;

	ReportDocument(ReportSections sections) {
		this.sections = sections;
	}

	void write(ReportContext report, Path out) throws IOException {
		try (DocxBuilder docx = new DocxBuilder()) {
			header(docx, report.issuer(), report.period().cutoff().plusDays(1));
			title(docx, report.period().year());
			this.sections.write(docx, report);
			docx.heading("VII. ĐỀ XUẤT, KIẾN NGHỊ");
			for (int i = 0; i < 6; i++) {
				docx.dottedLine();
			}
			docx.body("Trên đây là báo cáo tình hình cung ứng và sử dụng dịch vụ bưu chính KT1 năm "
					+ report.period().year() + " của " + report.issuer().name() + "./.");
			footer(docx, report.issuer());
			docx.save(out);
		}
	}

	private static void header(DocxBuilder docx, Issuer issuer, LocalDate date) {
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
		docx.line(place, issuer.place() + ", " + VietnameseText.writtenDate(date), 14, false, true,
				ParagraphAlignment.CENTER)
			.setSpacingBefore(120);
	}

	private static void title(DocxBuilder docx, int year) {
		docx.centred("", 14, false, false).setSpacingAfter(240);
		docx.centred("BÁO CÁO", 14, true, false);
		docx.centred("Tình hình cung ứng và sử dụng dịch vụ bưu chính KT1 năm " + year, 14, true, false);
		docx.rule(null, DocxBuilder.TEXT_WIDTH, 1700);
		docx.centred("", 14, false, false).setSpacingAfter(120);
	}

	private static void footer(DocxBuilder docx, Issuer issuer) {
		docx.centred("", 12, false, false);
		XWPFTable table = docx.layout(new int[] { 4536, 4535 }, 0);
		XWPFTableCell recipients = table.getRow(0).getCell(0);
		docx.line(recipients, "Nơi nhận:", 12, true, true, ParagraphAlignment.LEFT);
		for (String recipient : issuer.recipients()) {
			docx.line(recipients, "- " + recipient, 11, false, false, ParagraphAlignment.LEFT);
		}
		XWPFTableCell signature = table.getRow(0).getCell(1);
		docx.line(signature, issuer.signerTitle(), 14, true, false, ParagraphAlignment.CENTER);
		docx.line(signature, "(Ký, ghi rõ họ tên, đóng dấu)", 13, false, true, ParagraphAlignment.CENTER);
		for (String blank : List.of("", "", "", "")) {
			docx.line(signature, blank, 14, false, false, ParagraphAlignment.CENTER);
		}
	}

}
