package vn.kt1.batch.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes sample reference lists (one province's, or every province's for a national run) as
 * the three CSV files that {@code kt1 reference import --sample DIR} reads.
 */
public final class SampleReferenceWriter {

	private SampleReferenceWriter() {
	}

	public static void write(SampleProvince province, Path dir) throws IOException {
		write(List.of(province), dir);
	}

	public static void write(List<SampleProvince> provinces, Path dir) throws IOException {
		try (CsvOut out = new CsvOut(dir.resolve("agencies.csv"), ',', true, false)) {
			out.row("ma_don_vi", "ten_don_vi", "cap", "nhom", "ma_tinh", "ma_xa", "hieu_luc_tu", "hieu_luc_den");
			for (SampleProvince province : provinces) {
				for (SampleAgency a : province.agencies()) {
					out.row(a.code(), a.name(), a.level(), a.category(), a.provinceCode(), text(a.communeCode()),
							text(a.validFrom()), text(a.validTo()));
				}
			}
		}
		try (CsvOut out = new CsvOut(dir.resolve("post-offices.csv"), ',', true, false)) {
			out.row("ma_buu_cuc", "ten_buu_cuc", "ma_xa");
			for (SampleProvince province : provinces) {
				for (SamplePostOffice o : province.postOffices()) {
					out.row(o.code(), o.name(), o.communeCode());
				}
			}
		}
		try (CsvOut out = new CsvOut(dir.resolve("tariff.csv"), ',', true, false)) {
			out.row("thanh_phan", "vung", "khoi_luong_tu_g", "khoi_luong_den_g", "buoc_them_g", "gia_buoc_them_vnd",
					"gia_vnd", "thue_gtgt_phan_tram", "hieu_luc_tu", "hieu_luc_den", "ghi_chu");
			for (String[] row : SampleTariff.rows()) {
				out.row(row);
			}
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
