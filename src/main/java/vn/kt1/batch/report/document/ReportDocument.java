package vn.kt1.batch.report.document;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.kt1.batch.report.ReportProperties;
import vn.kt1.batch.report.figures.ReportContext;

/**
 * The Word report (báo cáo) in the official form of Decree 30/2020: the header of issuing
 * body and national title, number and date, title, the year's figures written into the
 * sections I to V ({@link ReportSections}), next year's direction and the proposals, left for a person to
 * write (or the text of {@code kt1.report.direction-file} and {@code proposals-file}), then
 * recipients and the signature block. The number, and the date unless configured, are left
 * for the office to fill in on the day it signs.
 */
@Component
public class ReportDocument {

	private final ReportSections sections;

	private final ReportProperties properties;

	ReportDocument(ReportSections sections, ReportProperties properties) {
		this.sections = sections;
		this.properties = properties;
	}

	public void write(ReportContext report, Path out) throws IOException {
		try (DocxBuilder docx = new DocxBuilder()) {
			int year = report.period().year();
			OfficialForm.header(docx, report.issuer());
			OfficialForm.title(docx, "Tình hình cung ứng và sử dụng dịch vụ bưu chính KT1 năm " + year);
			this.sections.write(docx, report);
			docx.heading("VI. PHƯƠNG HƯỚNG NĂM " + (year + 1));
			OfficialForm.paragraphs(docx, this.properties.directionFile(), 4);
			docx.heading("VII. ĐỀ XUẤT, KIẾN NGHỊ");
			OfficialForm.paragraphs(docx, this.properties.proposalsFile(), 6);
			docx.body("Trên đây là báo cáo tình hình cung ứng và sử dụng dịch vụ bưu chính KT1 năm " + year + " của "
					+ report.issuer().name() + "./.");
			OfficialForm.footer(docx, report.issuer());
			docx.save(out);
		}
	}

}
