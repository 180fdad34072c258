package vn.kt1.batch.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where reports go and who issues them. Blank settings are taken from the agency list's
 * province: {@code BƯU ĐIỆN TỈNH ĐỒNG THÁP}, place {@code Đồng Tháp}, recipients of that
 * province.
 *
 * @param dir where report files are written (a run's {@code outDir} parameter overrides it)
 * @param provinceCode the province reported on; blank: the only province of the agency list
 * @param issuerParent the issuing body's parent, first line of the header
 * @param issuer the issuing body, e.g. {@code BƯU ĐIỆN TỈNH ĐỒNG THÁP}
 * @param issuerName the issuing body in a sentence, e.g. {@code Bưu điện tỉnh Đồng Tháp}
 * @param place the place of the date line, e.g. {@code Đồng Tháp}
 * @param symbol the document symbol after the number, e.g. {@code BC-BĐT}
 * @param signerTitle the signer's title, e.g. {@code GIÁM ĐỐC}
 * @param recipients the "Nơi nhận" lines
 * @param signerAuthority the signing authority above the title, e.g. {@code KT. GIÁM ĐỐC},
 * {@code TL. GIÁM ĐỐC}, {@code Q. GIÁM ĐỐC}; blank when the head signs
 * @param signerName the signer's full name, under the space for signature and seal
 * @param issueDate the date written on the report; blank leaves {@code ngày … tháng … năm …}
 * for the day it is signed
 * @param proposalsFile a UTF-8 text file whose paragraphs (one a line) are section VII
 * (proposals); without one, dotted lines for a person to write
 * @param directionFile likewise for the section on next year's direction
 * @param usualShare a post office usually accepts on a kind of day when it did on this
 * share of them in a month (default 0.75)
 * @param department the Department of Science and Technology's report
 * @param exceptionRowsPerKind the most items of each kind the annex lists in "Ngoại lệ"
 * (default 100,000; the rest are counted), so the sheet stays within a sheet's 1,048,576 rows
 */
@ConfigurationProperties("kt1.report")
public record ReportProperties(Path dir, String provinceCode, String issuerParent, String issuer, String issuerName,
		String place,
		String symbol, String signerTitle, List<String> recipients, String signerAuthority, String signerName,
		LocalDate issueDate, Path proposalsFile, Path directionFile, Double usualShare, Department department,
		Integer exceptionRowsPerKind) {

	public ReportProperties {
		dir = (dir != null) ? dir : Path.of("data", "reports");
		issuerParent = (issuerParent != null) ? issuerParent : "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM";
		symbol = (symbol != null && !symbol.isBlank()) ? symbol : "BC-BĐT";
		signerTitle = (signerTitle != null && !signerTitle.isBlank()) ? signerTitle : "GIÁM ĐỐC";
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		exceptionRowsPerKind = (exceptionRowsPerKind != null) ? exceptionRowsPerKind : 100_000;
		signerAuthority = (signerAuthority != null) ? signerAuthority : "";
		signerName = (signerName != null) ? signerName : "";
		usualShare = (usualShare != null) ? usualShare : 0.75;
		department = (department != null) ? department
				: new Department(null, null, null, null, null, null, null, null, null, null);
		if (exceptionRowsPerKind < 1 || exceptionRowsPerKind > 200_000) {
			throw new IllegalArgumentException("kt1.report.exception-rows-per-kind must be 1..200000 (4 kinds and the "
					+ "unpaid agency-months share one sheet of 1,048,576 rows), not " + exceptionRowsPerKind);
		}
	}

	/**
	 * The Department of Science and Technology's report: who issues and signs it, to whom.
	 * Blank settings are taken from the province (e.g. {@code UBND TỈNH ĐỒNG THÁP}).
	 *
	 * @param issuerParent the first header line; blank: the province's People's Committee
	 * @param issuer the issuing body, default {@code SỞ KHOA HỌC VÀ CÔNG NGHỆ}
	 * @param symbol default {@code BC-SKHCN}
	 * @param signerAuthority e.g. {@code KT. GIÁM ĐỐC}
	 * @param signerTitle default {@code GIÁM ĐỐC}
	 * @param signerName the signer's full name
	 * @param issueDate the date written on the report; blank leaves it for the signing day
	 * @param addressees the "Kính gửi" lines; blank: the province's People's Committee and the
	 * Ministry (Central Post Department)
	 * @param recipients the "Nơi nhận" lines; blank: the addressees, then Lưu: VT
	 * @param recommendationsFile a UTF-8 text file whose paragraphs are the recommendations
	 */
	public record Department(String issuerParent, String issuer, String symbol, String signerAuthority, String signerTitle,
			String signerName, LocalDate issueDate, List<String> addressees, List<String> recipients,
			Path recommendationsFile) {

		public Department {
			issuer = (issuer != null && !issuer.isBlank()) ? issuer : "SỞ KHOA HỌC VÀ CÔNG NGHỆ";
			symbol = (symbol != null && !symbol.isBlank()) ? symbol : "BC-SKHCN";
			signerAuthority = (signerAuthority != null) ? signerAuthority : "";
			signerTitle = (signerTitle != null && !signerTitle.isBlank()) ? signerTitle : "GIÁM ĐỐC";
			signerName = (signerName != null) ? signerName : "";
			addressees = (addressees != null) ? List.copyOf(addressees) : List.of();
			recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		}

	}

}
