package vn.kt1.batch.reference;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the reference tables. */
@Repository
class ReferenceStore {

	private final JdbcTemplate jdbc;

	ReferenceStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	AdminUnits adminUnits() {
		Map<String, String> provinces = new HashMap<>();
		this.jdbc.query("SELECT code, name FROM province", (rs) -> {
			provinces.put(rs.getString(1), rs.getString(2));
		});
		Map<String, String> communes = new HashMap<>();
		this.jdbc.query("SELECT code, province_code FROM commune", (rs) -> {
			communes.put(rs.getString(1), rs.getString(2));
		});
		return new AdminUnits(provinces, communes);
	}

	List<TariffPrice> tariff() {
		return this.jdbc.query("SELECT component, zone, weight_from_g, weight_to_g, extra_step_g, "
				+ "extra_step_price_vnd, price_vnd, vat_percent, valid_from, valid_to, note FROM tariff_price",
				(rs, n) -> new TariffPrice(rs.getString(1), rs.getString(2), rs.getInt(3),
						rs.getObject(4, Integer.class), rs.getObject(5, Integer.class), rs.getObject(6, Long.class),
						rs.getLong(7), rs.getBigDecimal(8), rs.getObject(9, LocalDate.class),
						rs.getObject(10, LocalDate.class), rs.getString(11)));
	}

	long recordImport(String kind, ParsedFile<?> file, String user) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO reference_import "
					+ "(kind, file_name, sha256, rows_loaded, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, kind);
			insert.setString(2, file.file().toAbsolutePath().toString());
			insert.setString(3, file.sha256());
			insert.setInt(4, file.rows().size());
			insert.setTimestamp(5, Timestamp.from(Instant.now()));
			insert.setString(6, user);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	void saveAgencies(List<Agency> agencies, long importId) {
		this.jdbc.batchUpdate("INSERT INTO agency (code, name, level, category, province_code, commune_code, "
				+ "valid_from, valid_to, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
				+ "name = VALUE(name), level = VALUE(level), category = VALUE(category), "
				+ "province_code = VALUE(province_code), commune_code = VALUE(commune_code), "
				+ "valid_from = VALUE(valid_from), valid_to = VALUE(valid_to), import_id = VALUE(import_id)",
				agencies, 500, (ps, a) -> {
					ps.setString(1, a.code());
					ps.setString(2, a.name());
					ps.setString(3, a.level());
					ps.setString(4, a.category());
					ps.setString(5, a.provinceCode());
					ps.setString(6, a.communeCode());
					ps.setDate(7, date(a.validFrom()));
					ps.setDate(8, date(a.validTo()));
					ps.setLong(9, importId);
				});
	}

	void savePostOffices(List<PostOffice> offices, long importId) {
		this.jdbc.batchUpdate("INSERT INTO post_office (code, name, commune_code, import_id) VALUES (?, ?, ?, ?) "
				+ "ON DUPLICATE KEY UPDATE name = VALUE(name), commune_code = VALUE(commune_code), "
				+ "import_id = VALUE(import_id)", offices, 500, (ps, o) -> {
					ps.setString(1, o.code());
					ps.setString(2, o.name());
					ps.setString(3, o.communeCode());
					ps.setLong(4, importId);
				});
	}

	void saveTariff(List<TariffPrice> prices, long importId) {
		this.jdbc.batchUpdate("INSERT INTO tariff_price (component, zone, weight_from_g, weight_to_g, extra_step_g, "
				+ "extra_step_price_vnd, price_vnd, vat_percent, valid_from, valid_to, note, import_id) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
				+ "weight_to_g = VALUE(weight_to_g), extra_step_g = VALUE(extra_step_g), "
				+ "extra_step_price_vnd = VALUE(extra_step_price_vnd), price_vnd = VALUE(price_vnd), "
				+ "vat_percent = VALUE(vat_percent), valid_to = VALUE(valid_to), note = VALUE(note), "
				+ "import_id = VALUE(import_id)", prices, 500, (ps, p) -> {
					ps.setString(1, p.component());
					ps.setString(2, p.zone());
					ps.setInt(3, p.weightFromG());
					ps.setObject(4, p.weightToG());
					ps.setObject(5, p.extraStepG());
					ps.setObject(6, p.extraStepPriceVnd());
					ps.setLong(7, p.priceVnd());
					ps.setBigDecimal(8, p.vatPercent());
					ps.setDate(9, date(p.validFrom()));
					ps.setDate(10, date(p.validTo()));
					ps.setString(11, p.note());
					ps.setLong(12, importId);
				});
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
