package vn.kt1.batch.web.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.kt1.batch.reconcile.tally.Flag;
import vn.kt1.batch.web.Paging;

/**
 * The reconciliation as the console pages through it: the months' current runs with their
 * flag counts, one month's agencies (18,612 of them nationally) filtered and paged within
 * the run's primary key, and one agency-month's exceptions and items by their indexes.
 */
@Repository
class ReconcileQueries {

	private static final String FLAG_SUMS = java.util.Arrays.stream(Flag.values())
		.map((flag) -> "SUM(FIND_IN_SET('" + flag.name() + "', a.flags) > 0)")
		.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	ReconcileQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long months() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_run WHERE current", Long.class);
	}

	/** @return a page of reconciled months, newest first, each with its flag counts */
	List<Month> months(Paging paging) {
		List<Month> months = this.jdbc.query("SELECT id, month, as_of, payments_judged, finished_at, items, fees_vnd "
				+ "FROM reconcile_run WHERE current ORDER BY month DESC LIMIT ? OFFSET ?",
				(rs, n) -> new Month(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
						rs.getTimestamp(5).toLocalDateTime(), rs.getLong(6), rs.getLong(7), new EnumMap<>(Flag.class),
						new HashMap<>()),
				paging.size(), paging.offset());
		for (Month month : months) {
			this.jdbc.query("SELECT COUNT(*), " + FLAG_SUMS + " FROM reconcile_agency a WHERE a.run_id = ?", (rs) -> {
				month.agencies().put("total", rs.getInt(1));
				Flag[] flags = Flag.values();
				for (int i = 0; i < flags.length; i++) {
					month.flags().put(flags[i], rs.getInt(i + 2));
				}
			}, month.runId());
			this.jdbc.query("SELECT severity, COUNT(*) FROM data_check WHERE run_id = ? AND severity IN ('ERROR', "
					+ "'WARNING') GROUP BY severity", (rs) -> {
						month.agencies().put(rs.getString(1), rs.getInt(2));
					}, month.runId());
		}
		return months;
	}

	/** @return the month's current run */
	Optional<Month> month(YearMonth month) {
		return this.jdbc.query("SELECT id, month, as_of, payments_judged, finished_at, items, fees_vnd FROM reconcile_run "
				+ "WHERE current AND month = ?",
				(rs, n) -> new Month(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
						rs.getTimestamp(5).toLocalDateTime(), rs.getLong(6), rs.getLong(7), new EnumMap<>(Flag.class),
						new HashMap<>()),
				month.toString())
			.stream()
			.findFirst();
	}

	long countAgencies(long runId, AgencyFilter filter) {
		List<Object> arguments = new ArrayList<>(List.of(runId));
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_agency a LEFT JOIN agency g "
				+ "ON g.code = a.agency_code WHERE a.run_id = ?" + filter.where(arguments), Long.class,
				arguments.toArray());
	}

	List<AgencyRow> agencies(long runId, AgencyFilter filter, Paging paging) {
		List<Object> arguments = new ArrayList<>(List.of(runId));
		String where = filter.where(arguments);
		arguments.add(paging.size());
		arguments.add(paging.offset());
		return this.jdbc.query("SELECT a.agency_code, g.name, g.level, g.category, a.on_list, a.po_items, a.po_fees_vnd, "
				+ "a.expected_fees_vnd, a.reported_items, a.reported_vnd, a.paid_vnd, a.flags FROM reconcile_agency a "
				+ "LEFT JOIN agency g ON g.code = a.agency_code WHERE a.run_id = ?" + where
				+ " ORDER BY a.agency_code LIMIT ? OFFSET ?", (rs, n) -> new AgencyRow(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6), rs.getLong(7), rs.getLong(8),
						(Integer) rs.getObject(9), (Long) rs.getObject(10), rs.getLong(11), flags(rs.getString(12))),
				arguments.toArray());
	}

	Optional<AgencyRow> agency(long runId, String code) {
		return agencies(runId, new AgencyFilter(null, null, null, code), new Paging(1, 1, 1)).stream().findFirst();
	}

	long countExceptions(long runId, String code) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_exception WHERE run_id = ? AND sender_code = ?",
				Long.class, runId, code);
	}

	List<ExceptionRow> exceptions(long runId, String code, Paging paging) {
		return this.jdbc.query("SELECT kind, barcode, accepted_at, post_office_code, expected_vnd, actual_vnd, due_at, "
				+ "delivered_at, reason FROM reconcile_exception WHERE run_id = ? AND sender_code = ? "
				+ "ORDER BY accepted_at, barcode LIMIT ? OFFSET ?",
				(rs, n) -> new ExceptionRow(rs.getString(1), rs.getString(2),
						rs.getObject(3, LocalDateTime.class), rs.getString(4), (Long) rs.getObject(5),
						(Long) rs.getObject(6), rs.getObject(7, LocalDateTime.class),
						rs.getObject(8, LocalDateTime.class), rs.getString(9)),
				runId, code, paging.size(), paging.offset());
	}

	long countItems(YearMonth month, String code) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event WHERE sender_code = ? AND accepted_at >= ? "
				+ "AND accepted_at < ?", Long.class, code, month.atDay(1).atStartOfDay(),
				month.plusMonths(1).atDay(1).atStartOfDay());
	}

	/** @return the agency's item events accepted in the month, by acceptance time */
	List<ItemRow> items(YearMonth month, String code, Paging paging) {
		return this.jdbc.query("SELECT barcode, status, accepted_at, post_office_code, receiver_code, urgency, secrecy, "
				+ "weight_g, fee_vnd, due_at, delivered_at FROM item_event WHERE sender_code = ? AND accepted_at >= ? "
				+ "AND accepted_at < ? ORDER BY accepted_at, barcode, status_rank LIMIT ? OFFSET ?",
				(rs, n) -> new ItemRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getLong(9),
						rs.getObject(10, LocalDateTime.class), rs.getObject(11, LocalDateTime.class)),
				code, month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(), paging.size(),
				paging.offset());
	}

	/** @return the categories on the agency list */
	List<String> categories() {
		return this.jdbc.queryForList("SELECT DISTINCT category FROM agency ORDER BY category", String.class);
	}

	private static List<Flag> flags(String flags) {
		List<Flag> list = new ArrayList<>();
		if (flags != null && !flags.isEmpty()) {
			for (String flag : flags.split(",")) {
				list.add(Flag.valueOf(flag));
			}
		}
		return list;
	}

	/**
	 * What a month's agencies are filtered by; each may be {@code null}.
	 *
	 * @param flag one flag
	 * @param level TINH, KHU_VUC, XA, DAC_BIET
	 * @param category the Appendix II category
	 * @param code the start of the agency's code
	 */
	record AgencyFilter(String flag, String level, String category, String code) {

		String where(List<Object> arguments) {
			StringBuilder where = new StringBuilder();
			if (this.flag != null && !this.flag.isBlank()) {
				where.append(" AND FIND_IN_SET(?, a.flags) > 0");
				arguments.add(Flag.valueOf(this.flag).name());
			}
			if (this.level != null && !this.level.isBlank()) {
				where.append(" AND g.level = ?");
				arguments.add(this.level);
			}
			if (this.category != null && !this.category.isBlank()) {
				where.append(" AND g.category = ?");
				arguments.add(this.category);
			}
			if (this.code != null && !this.code.isBlank()) {
				where.append(" AND a.agency_code LIKE ?");
				arguments.add(Paging.startingWith(this.code));
			}
			return where.toString();
		}

	}

	/**
	 * A reconciled month's current run.
	 *
	 * @param flags agencies with each flag
	 * @param agencies {@code total} agencies, and the run's {@code ERROR} and {@code WARNING} checks
	 */
	record Month(long runId, String month, LocalDate asOf, boolean paymentsJudged, LocalDateTime finishedAt, long items,
			long fees, Map<Flag, Integer> flags, Map<String, Integer> agencies) {
	}

	record AgencyRow(String code, String name, String level, String category, boolean onList, int poItems, long poFees,
			long expectedFees, Integer reportedItems, Long reportedVnd, long paid, List<Flag> flags) {
	}

	record ExceptionRow(String kind, String barcode, LocalDateTime acceptedAt, String postOffice, Long expected,
			Long actual, LocalDateTime dueAt, LocalDateTime deliveredAt, String reason) {
	}

	record ItemRow(String barcode, String status, LocalDateTime acceptedAt, String postOffice, String receiver,
			String urgency, String secrecy, int weight, long fee, LocalDateTime dueAt, LocalDateTime deliveredAt) {
	}

}
