package vn.kt1.batch.web.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.web.Paging;

/** The reference lists as the console pages through them, by code (the primary key). */
@Repository
class ReferenceQueries {

	private final JdbcTemplate jdbc;

	ReferenceQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long countAgencies(AgencyFilter filter) {
		List<Object> arguments = new ArrayList<>();
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM agency a" + filter.where(arguments), Long.class,
				arguments.toArray());
	}

	List<Agency> agencies(AgencyFilter filter, Paging paging) {
		List<Object> arguments = new ArrayList<>();
		String where = filter.where(arguments);
		arguments.add(paging.size());
		arguments.add(paging.offset());
		return this.jdbc.query("SELECT a.code, a.name, a.level, a.category, p.name, c.name, a.valid_from, a.valid_to "
				+ "FROM agency a JOIN province p ON p.code = a.province_code LEFT JOIN commune c ON c.code = a.commune_code"
				+ where + " ORDER BY a.code LIMIT ? OFFSET ?",
				(rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
						rs.getObject(8, LocalDate.class)),
				arguments.toArray());
	}

	List<String[]> provinces() {
		return this.jdbc.query("SELECT code, name FROM province WHERE code IN (SELECT DISTINCT province_code FROM agency) "
				+ "ORDER BY code", (rs, n) -> new String[] { rs.getString(1), rs.getString(2) });
	}

	List<String> categories() {
		return this.jdbc.queryForList("SELECT DISTINCT category FROM agency ORDER BY category", String.class);
	}

	long countPostOffices(String search) {
		List<Object> arguments = new ArrayList<>();
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM post_office o" + officeWhere(search, arguments),
				Long.class, arguments.toArray());
	}

	List<PostOffice> postOffices(String search, Paging paging) {
		List<Object> arguments = new ArrayList<>();
		String where = officeWhere(search, arguments);
		arguments.add(paging.size());
		arguments.add(paging.offset());
		return this.jdbc.query("SELECT o.code, o.name, c.name, p.name FROM post_office o JOIN commune c "
				+ "ON c.code = o.commune_code JOIN province p ON p.code = c.province_code" + where
				+ " ORDER BY o.code LIMIT ? OFFSET ?",
				(rs, n) -> new PostOffice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				arguments.toArray());
	}

	List<Price> tariff() {
		return this.jdbc.query("SELECT component, zone, weight_from_g, weight_to_g, extra_step_g, extra_step_price_vnd, "
				+ "price_vnd, vat_percent, valid_from, valid_to, note FROM tariff_price "
				+ "ORDER BY valid_from DESC, FIELD(component, 'CUOC_CHINH', 'HT', 'HG', 'A', 'B', 'C'), zone, weight_from_g",
				(rs, n) -> new Price(rs.getString(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4),
						(Integer) rs.getObject(5), (Long) rs.getObject(6), rs.getLong(7), rs.getBigDecimal(8),
						rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11)));
	}

	List<Import> imports() {
		return this.jdbc.query("SELECT kind, file_name, rows_loaded, imported_at, imported_by FROM reference_import "
				+ "ORDER BY id DESC LIMIT 10", (rs, n) -> new Import(rs.getString(1), rs.getString(2), rs.getInt(3),
						rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)));
	}

	private static String officeWhere(String search, List<Object> arguments) {
		if (search == null || search.isBlank()) {
			return "";
		}
		arguments.add(like(search));
		arguments.add("%" + like(search));
		return " WHERE o.code LIKE ? OR o.name LIKE ?";
	}

	static String like(String text) {
		return Paging.startingWith(text);
	}

	/**
	 * @param search the start of the code, or a part of the name
	 * @param valid only agencies valid on this day, or {@code null}
	 */
	record AgencyFilter(String province, String level, String category, String search, LocalDate valid) {

		String where(List<Object> arguments) {
			StringBuilder where = new StringBuilder(" WHERE 1 = 1");
			if (this.province != null && !this.province.isBlank()) {
				where.append(" AND a.province_code = ?");
				arguments.add(this.province);
			}
			if (this.level != null && !this.level.isBlank()) {
				where.append(" AND a.level = ?");
				arguments.add(this.level);
			}
			if (this.category != null && !this.category.isBlank()) {
				where.append(" AND a.category = ?");
				arguments.add(this.category);
			}
			if (this.search != null && !this.search.isBlank()) {
				where.append(" AND (a.code LIKE ? OR a.name LIKE ?)");
				arguments.add(like(this.search));
				arguments.add("%" + like(this.search));
			}
			if (this.valid != null) {
				where.append(" AND (a.valid_from IS NULL OR a.valid_from <= ?) AND (a.valid_to IS NULL OR a.valid_to >= ?)");
				arguments.add(this.valid);
				arguments.add(this.valid);
			}
			return where.toString();
		}

	}

	record Agency(String code, String name, String level, String category, String province, String commune,
			LocalDate validFrom, LocalDate validTo) {
	}

	record PostOffice(String code, String name, String commune, String province) {
	}

	record Price(String component, String zone, int weightFrom, Integer weightTo, Integer extraStep,
			Long extraStepPrice, long price, BigDecimal vat, LocalDate validFrom, LocalDate validTo, String note) {
	}

	record Import(String kind, String file, int rows, java.time.LocalDateTime at, String by) {
	}

}
