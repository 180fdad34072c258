package vn.kt1.batch.reconcile.judge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.reference.Zones;

/**
 * Where agencies and post offices are: the province of each, and which agencies are on the
 * Appendix II list in a month. Read once per run.
 */
public final class Places {

	private final Map<String, String> agencyProvince;

	private final Map<String, String> officeProvince;

	private final Map<String, String> listedInMonth;

	Places(Map<String, String> agencyProvince, Map<String, String> officeProvince,
			Map<String, String> listedInMonth) {
		this.agencyProvince = agencyProvince;
		this.officeProvince = officeProvince;
		this.listedInMonth = listedInMonth;
	}

	public static Places load(JdbcTemplate jdbc, YearMonth month) {
		Map<String, String> agencies = new HashMap<>();
		Map<String, String> listed = new LinkedHashMap<>();
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		jdbc.query("SELECT code, province_code, valid_from, valid_to FROM agency ORDER BY code", (rs) -> {
			agencies.put(rs.getString(1), rs.getString(2));
			LocalDate from = rs.getObject(3, LocalDate.class);
			LocalDate to = rs.getObject(4, LocalDate.class);
			if ((from == null || !from.isAfter(last)) && (to == null || !to.isBefore(first))) {
				listed.put(rs.getString(1), rs.getString(2));
			}
		});
		Map<String, String> offices = new HashMap<>();
		jdbc.query("SELECT p.code, c.province_code FROM post_office p JOIN commune c ON c.code = p.commune_code",
				(rs) -> {
					offices.put(rs.getString(1), rs.getString(2));
				});
		return new Places(agencies, offices, listed);
	}

	/**
	 * The zone of an item: within the province when the receiver is an agency of the
	 * sender's province (the post office's, when the sender is unknown); otherwise between
	 * provinces, also when the receiver is not on the list.
	 */
	String zone(MonthItem item) {
		String from = this.agencyProvince.getOrDefault(item.senderCode(),
				this.officeProvince.get(item.postOfficeCode()));
		return Zones.of(from, this.agencyProvince.get(item.receiverCode()));
	}

	/** @return the agencies on the list and valid on at least one day of the month, by code */
	public Iterable<String> listedAgencies() {
		return this.listedInMonth.keySet();
	}

	/** @return whether the agency is on the list at all, whatever its validity */
	boolean isOnList(String agencyCode) {
		return this.agencyProvince.containsKey(agencyCode);
	}

	public boolean isListed(String agencyCode) {
		return this.listedInMonth.containsKey(agencyCode);
	}

}
