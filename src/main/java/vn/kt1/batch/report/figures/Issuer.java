package vn.kt1.batch.report.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Who issues the report and for whom, as its header, date line and footer show it.
 *
 * @param parent the issuing body's parent (first header line), may be blank
 * @param body the issuing body, in capitals: {@code BƯU ĐIỆN TỈNH ĐỒNG THÁP}
 * @param name the issuing body as a sentence names it: {@code Bưu điện tỉnh Đồng Tháp}
 * @param place the place of the date line: {@code Đồng Tháp}
 * @param area where the service is supplied, for sentences: {@code trên địa bàn tỉnh Đồng Tháp}
 * @param symbol the document symbol, e.g. {@code BC-BĐT}
 * @param signer who signs
 * @param recipients the "Nơi nhận" lines
 * @param issueDate the date written on the report, {@code null} to leave it for the signing day
 * @param addressees the "Kính gửi" lines, empty when the report has none
 */
public record Issuer(String parent, String body, String name, String place, String area, String symbol, Signer signer,
		List<String> recipients, LocalDate issueDate, List<String> addressees) {

	/**
	 * The signature block of Decree 30/2020 (Appendix I): the authority when someone signs on
	 * the head's behalf ({@code KT. GIÁM ĐỐC}, {@code TL. GIÁM ĐỐC}, {@code Q. GIÁM ĐỐC}), the
	 * title, the space for signature and seal, the full name.
	 */
	public record Signer(String authority, String title, String name) {
	}

	/** @return the place and date line, e.g. {@code Đồng Tháp, ngày … tháng … năm …} */
	public String dateLine() {
		return this.place + ", "
				+ ((this.issueDate != null) ? VietnameseText.writtenDate(this.issueDate) : "ngày … tháng … năm …");
	}

}
