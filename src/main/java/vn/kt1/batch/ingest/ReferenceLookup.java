package vn.kt1.batch.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.kt1.batch.shared.tabular.FieldException;
import vn.kt1.batch.shared.tabular.FieldParsers;

/**
 * The reference lists as the loaders need them: which post offices exist and when each
 * agency is valid. Read once per file.
 */
public final class ReferenceLookup {

	private final Set<String> postOffices;

	private final Map<String, LocalDate[]> agencies;

	private ReferenceLookup(Set<String> postOffices, Map<String, LocalDate[]> agencies) {
		this.postOffices = postOffices;
		this.agencies = agencies;
	}

	/**
	 * @param postOffices the post offices' codes
	 * @param agencies each agency's code and validity (from, to; {@code null} when open)
	 */
	public static ReferenceLookup of(Set<String> postOffices, Map<String, LocalDate[]> agencies) {
		return new ReferenceLookup(Set.copyOf(postOffices), Map.copyOf(agencies));
	}

	public static ReferenceLookup load(JdbcTemplate jdbc) {
		Set<String> offices = new HashSet<>(jdbc.queryForList("SELECT code FROM post_office", String.class));
		Map<String, LocalDate[]> agencies = new HashMap<>();
		jdbc.query("SELECT code, valid_from, valid_to FROM agency", (rs) -> {
			agencies.put(rs.getString(1), new LocalDate[] { rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class) });
		});
		return new ReferenceLookup(offices, agencies);
	}

	public boolean isPostOffice(String code) {
		return this.postOffices.contains(code);
	}

	public boolean isAgency(String code) {
		return this.agencies.containsKey(code);
	}

	/**
	 * A field parser for a column that must name an agency of the list.
	 * @param value the cell text
	 * @return the code
	 */
	public String agencyCode(String value) {
		String code = FieldParsers.code(value);
		if (!isAgency(code)) {
			throw new FieldException("agency " + code + " is not on the agency list");
		}
		return code;
	}

	/** @return whether the agency is on the list and valid on the day */
	public boolean isValidAgency(String code, LocalDate day) {
		LocalDate[] validity = this.agencies.get(code);
		return validity != null && (validity[0] == null || !day.isBefore(validity[0]))
				&& (validity[1] == null || !day.isAfter(validity[1]));
	}

}
