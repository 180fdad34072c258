package vn.kt1.batch.report;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.report.figures.Issuer;
import vn.kt1.batch.report.figures.VietnameseText;

/**
 * Works out the {@link Issuer} from the settings, and what they leave blank from the
 * province: the configured one, or the only province of the agency list. With agencies of
 * several provinces (a national roll-up) the issuer is the parent body, in Hà Nội.
 */
@Component
class IssuerResolver {

	private final JdbcTemplate jdbc;

	private final ReportProperties properties;

	IssuerResolver(JdbcTemplate jdbc, ReportProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	Issuer resolve() {
		Province province = province();
		String parent = this.properties.issuerParent();
		String body = (province != null) ? "BƯU ĐIỆN " + VietnameseText.upper(province.name()) : parent;
		String name = (province != null) ? "Bưu điện " + province.lowerName() : "Tổng công ty Bưu điện Việt Nam";
		String place = (province != null) ? province.shortName() : "Hà Nội";
		String area = (province != null) ? "trên địa bàn " + province.lowerName() : "trên toàn quốc";
		if (present(this.properties.issuer())) {
			body = this.properties.issuer();
			name = present(this.properties.issuerName()) ? this.properties.issuerName() : body;
		}
		if (present(this.properties.place())) {
			place = this.properties.place();
		}
		List<String> recipients = this.properties.recipients().isEmpty() ? recipients(province)
				: this.properties.recipients();
		return new Issuer(body.equals(parent) ? "" : parent, body, name, place, area, this.properties.symbol(),
				new Issuer.Signer(this.properties.signerAuthority(), this.properties.signerTitle(),
						this.properties.signerName()),
				recipients, this.properties.issueDate(), List.of());
	}

	/**
	 * The Department of Science and Technology as issuer, under the province's People's
	 * Committee, writing to it and to the Ministry (Central Post Department).
	 */
	Issuer department() {
		ReportProperties.Department settings = this.properties.department();
		Province province = province();
		String committee = (province != null)
				? "Ủy ban nhân dân " + province.lowerName() : "Ủy ban nhân dân tỉnh, thành phố";
		String parent = present(settings.issuerParent()) ? settings.issuerParent() : VietnameseText.upper(committee);
		String name = "Sở Khoa học và Công nghệ" + ((province != null) ? " " + province.lowerName() : "");
		String place = present(this.properties.place()) ? this.properties.place()
				: (province != null) ? province.shortName() : "Hà Nội";
		String area = (province != null) ? "trên địa bàn " + province.lowerName() : "trên toàn quốc";
		List<String> addressees = !settings.addressees().isEmpty() ? settings.addressees()
				: List.of(committee + ";", "Bộ Khoa học và Công nghệ (Cục Bưu điện Trung ương).");
		List<String> recipients = !settings.recipients().isEmpty() ? settings.recipients()
				: List.of("Như trên;", "Bưu điện " + ((province != null) ? province.lowerName() : "tỉnh") + ";",
						"Lưu: VT.");
		return new Issuer(parent, settings.issuer(), name, place, area, settings.symbol(),
				new Issuer.Signer(settings.signerAuthority(), settings.signerTitle(), settings.signerName()),
				recipients, settings.issueDate(), addressees);
	}

	private static List<String> recipients(Province province) {
		if (province == null) {
			return List.of("Bộ Khoa học và Công nghệ (Cục Bưu điện Trung ương);", "Lưu: VT.");
		}
		String kind = province.city() ? "thành phố" : "tỉnh";
		return List.of("UBND " + kind + " (b/c);", "Sở Khoa học và Công nghệ;", "Sở Tài chính;", "Lưu: VT.");
	}

	private Province province() {
		String code = this.properties.provinceCode();
		List<String> codes = present(code) ? List.of(code)
				: this.jdbc.queryForList("SELECT DISTINCT province_code FROM agency", String.class);
		if (codes.size() != 1) {
			return null;
		}
		List<Province> found = this.jdbc.query("SELECT name, type FROM province WHERE code = ?",
				(rs, n) -> new Province(rs.getString(1), rs.getString(2)), codes.get(0));
		if (found.isEmpty()) {
			throw new IllegalStateException("kt1.report.province-code " + code + " is not a province code");
		}
		return found.get(0);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** A province as the official list names it: {@code Tỉnh Đồng Tháp}, {@code Thành phố Cần Thơ}. */
	private record Province(String name, String type) {

		boolean city() {
			return this.name.startsWith("Thành phố");
		}

		/** @return {@code tỉnh Đồng Tháp} */
		String lowerName() {
			return Character.toLowerCase(this.name.charAt(0)) + this.name.substring(1);
		}

		/** @return {@code Đồng Tháp} */
		String shortName() {
			return this.name.replaceFirst("^(Tỉnh|Thành phố) ", "");
		}

	}

}
