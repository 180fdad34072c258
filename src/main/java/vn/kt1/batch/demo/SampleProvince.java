package vn.kt1.batch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference lists of a sample province, derived from the official communes so that
 * they are the same on every run.
 *
 * <p>Agency codes are 7-digit budget-relationship codes, unique across the country:
 * provincial agencies {@code 1} + province + 4-digit sequence; regional ones {@code 2} +
 * province + {@code 0} + region + type; commune agencies {@code 3} + commune + category
 * digit (1 Party committee, 2 People's Council, 3 People's Committee, 4 Police, 5 Fatherland
 * Front). Post offices: province + {@code 0000} for the provincial hub, then province +
 * sequence, one for every third commune.
 */
public final class SampleProvince {

	private static final String[][] PROVINCIAL = { { "DANG_UY", "Tỉnh ủy" }, { "DANG_UY", "Văn phòng Tỉnh ủy" },
			{ "DANG_UY", "Ban Tổ chức Tỉnh ủy" }, { "DANG_UY", "Ban Tuyên giáo và Dân vận Tỉnh ủy" },
			{ "DANG_UY", "Ủy ban Kiểm tra Tỉnh ủy" }, { "DANG_UY", "Ban Nội chính Tỉnh ủy" },
			{ "DANG_UY", "Đảng ủy các cơ quan Đảng tỉnh" }, { "DANG_UY", "Đảng ủy Ủy ban nhân dân tỉnh" },
			{ "HDND", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh" },
			{ "UBND", "Ủy ban nhân dân tỉnh" }, { "UBND", "Văn phòng Ủy ban nhân dân tỉnh" },
			{ "UBND", "Sở Tài chính" }, { "UBND", "Sở Nội vụ" }, { "UBND", "Sở Tư pháp" },
			{ "UBND", "Sở Khoa học và Công nghệ" }, { "UBND", "Sở Y tế" }, { "UBND", "Sở Giáo dục và Đào tạo" },
			{ "UBND", "Sở Nông nghiệp và Môi trường" }, { "UBND", "Sở Xây dựng" }, { "UBND", "Sở Công Thương" },
			{ "UBND", "Sở Văn hóa, Thể thao và Du lịch" }, { "UBND", "Sở Dân tộc và Tôn giáo" },
			{ "UBND", "Thanh tra tỉnh" }, { "TOA_AN", "Tòa án nhân dân tỉnh" },
			{ "VKS", "Viện kiểm sát nhân dân tỉnh" }, { "QUAN_SU", "Bộ Chỉ huy Quân sự tỉnh" },
			{ "NGAN_HANG", "Ngân hàng Nhà nước chi nhánh tỉnh" }, { "CONG_AN", "Công an tỉnh" },
			{ "MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" }, { "MTTQ", "Tỉnh đoàn" },
			{ "MTTQ", "Hội Liên hiệp Phụ nữ tỉnh" }, { "MTTQ", "Hội Nông dân tỉnh" },
			{ "MTTQ", "Hội Cựu chiến binh tỉnh" }, { "MTTQ", "Liên đoàn Lao động tỉnh" } };

	/** Departments merged away on 1 March 2025 (their work went to Finance and Science). */
	private static final String[] MERGED_2025 = { "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông" };

	private static final String[][] REGIONAL = { { "TOA_AN", "Tòa án nhân dân khu vực %d" },
			{ "VKS", "Viện kiểm sát nhân dân khu vực %d" }, { "QUAN_SU", "Ban Chỉ huy Phòng thủ khu vực %d" } };

	private static final String[][] COMMUNE = { { "DANG_UY", "Đảng ủy %s" }, { "HDND", "Hội đồng nhân dân %s" },
			{ "UBND", "Ủy ban nhân dân %s" }, { "CONG_AN", "Công an %s" },
			{ "MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam %s" } };

	private static final LocalDate MERGER = LocalDate.of(2025, 3, 1);

	private final String code;

	private final String name;

	private final List<SampleAgency> agencies;

	private final List<SamplePostOffice> postOffices;

	private final Map<String, String> postOfficeByCommune;

	private SampleProvince(String code, String name, List<SampleAgency> agencies, List<SamplePostOffice> offices,
			Map<String, String> postOfficeByCommune) {
		this.code = code;
		this.name = name;
		this.agencies = agencies;
		this.postOffices = offices;
		this.postOfficeByCommune = postOfficeByCommune;
	}

	/**
	 * @param province the 2-digit province code
	 * @return the province's sample reference lists
	 */
	public static SampleProvince of(String province) {
		return of(AdminUnits.load(), province);
	}

	/** @return every province's sample reference lists, in province code order */
	public static List<SampleProvince> all() {
		AdminUnits units = AdminUnits.load();
		return units.provinceCodes().stream().map((code) -> of(units, code)).toList();
	}

	static SampleProvince of(AdminUnits units, String province) {
		List<AdminUnit> communes = units.communes(province);
		String name = communes.get(0).provinceName();
		List<SampleAgency> agencies = new ArrayList<>(provincial(province, name));
		agencies.addAll(regional(province, communes.size()));
		communes.forEach((commune) -> agencies.addAll(commune(commune)));
		List<SamplePostOffice> offices = new ArrayList<>();
		Map<String, String> byCommune = new HashMap<>();
		offices.add(new SamplePostOffice(province + "0000", "Bưu điện " + name + " (trung tâm KT1)",
				communes.get(0).communeCode()));
		for (int i = 0; i < communes.size(); i++) {
			AdminUnit commune = communes.get(i);
			if (i % 3 == 0) {
				offices.add(new SamplePostOffice(province + String.format("%04d", i / 3 + 1),
						"Bưu điện " + commune.communeName(), commune.communeCode()));
			}
			byCommune.put(commune.communeCode(), offices.get(offices.size() - 1).code());
		}
		return new SampleProvince(province, name, List.copyOf(agencies), List.copyOf(offices), byCommune);
	}

	private static List<SampleAgency> provincial(String province, String name) {
		List<SampleAgency> agencies = new ArrayList<>();
		String place = name.replaceFirst("^(Tỉnh|Thành phố) ", "");
		for (String[] agency : PROVINCIAL) {
			String full = agency[1].endsWith("tỉnh") || agency[1].endsWith("Tỉnh ủy") ? agency[1] + " " + place
					: agency[1] + " tỉnh " + place;
			agencies.add(provincialAgency(province, agencies.size() + 1, full, agency[0], null, null));
		}
		for (String merged : MERGED_2025) {
			agencies.add(provincialAgency(province, agencies.size() + 1, merged + " tỉnh " + place, "UBND", null,
					MERGER.minusDays(1)));
		}
		return agencies;
	}

	private static SampleAgency provincialAgency(String province, int sequence, String name, String category,
			LocalDate from, LocalDate to) {
		return new SampleAgency("1" + province + String.format("%04d", sequence), name, "TINH", category, province,
				null, from, to);
	}

	private static List<SampleAgency> regional(String province, int communes) {
		List<SampleAgency> agencies = new ArrayList<>();
		int regions = Math.max(3, communes / 12);
		for (int region = 1; region <= regions; region++) {
			for (int type = 0; type < REGIONAL.length; type++) {
				agencies.add(new SampleAgency("2" + province + "0" + String.format("%02d", region) + (type + 1),
						String.format(REGIONAL[type][1], region), "KHU_VUC", REGIONAL[type][0], province, null,
						LocalDate.of(2025, 7, 1), null));
			}
		}
		return agencies;
	}

	private static List<SampleAgency> commune(AdminUnit commune) {
		List<SampleAgency> agencies = new ArrayList<>();
		String level = commune.isSpecialZone() ? "DAC_BIET" : "XA";
		for (int i = 0; i < COMMUNE.length; i++) {
			agencies.add(new SampleAgency("3" + commune.communeCode() + (i + 1),
					String.format(COMMUNE[i][1], commune.communeName()), level, COMMUNE[i][0],
					commune.provinceCode(), commune.communeCode(), null, null));
		}
		return agencies;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	List<SampleAgency> agencies() {
		return this.agencies;
	}

	List<SamplePostOffice> postOffices() {
		return this.postOffices;
	}

	/** @return the post office serving the agency: its commune's, or the provincial hub */
	String postOfficeOf(SampleAgency agency) {
		return (agency.communeCode() != null) ? this.postOfficeByCommune.get(agency.communeCode())
				: this.postOffices.get(0).code();
	}

}
