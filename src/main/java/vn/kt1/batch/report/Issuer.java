package vn.kt1.batch.report;

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
 * @param signerTitle the signer's title
 * @param recipients the "Nơi nhận" lines
 */
record Issuer(String parent, String body, String name, String place, String area, String symbol,
		String signerTitle, List<String> recipients) {

}
