package vn.kt1.batch.report;

import java.nio.file.Path;
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
 * @param exceptionRowsPerKind the most items of each kind the annex lists in "Ngoại lệ"
 * (default 100,000; the rest are counted), so the sheet stays within a sheet's 1,048,576 rows
 */
@ConfigurationProperties("kt1.report")
record ReportProperties(Path dir, String provinceCode, String issuerParent, String issuer, String issuerName,
		String place,
		String symbol, String signerTitle, List<String> recipients, Integer exceptionRowsPerKind) {

	ReportProperties {
		dir = (dir != null) ? dir : Path.of("data", "reports");
		issuerParent = (issuerParent != null) ? issuerParent : "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM";
		symbol = (symbol != null && !symbol.isBlank()) ? symbol : "BC-BĐT";
		signerTitle = (signerTitle != null && !signerTitle.isBlank()) ? signerTitle : "GIÁM ĐỐC";
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		exceptionRowsPerKind = (exceptionRowsPerKind != null) ? exceptionRowsPerKind : 100_000;
		if (exceptionRowsPerKind < 1 || exceptionRowsPerKind > 200_000) {
			throw new IllegalArgumentException("kt1.report.exception-rows-per-kind must be 1..200000 (4 kinds and the "
					+ "unpaid agency-months share one sheet of 1,048,576 rows), not " + exceptionRowsPerKind);
		}
	}

}
