package vn.kt1.batch.report.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.ReconcileProperties;
import vn.kt1.batch.reconcile.tally.ContinuityDay;
import vn.kt1.batch.report.ReportProperties;
import vn.kt1.batch.report.figures.YearFigures.Continuity;
import vn.kt1.batch.report.figures.YearFigures.ContinuityCell;
import vn.kt1.batch.report.figures.YearFigures.SilentDay;
import vn.kt1.batch.shared.calendar.WorkingCalendar;

/**
 * Reads the continuity the months' runs measured, and finds the days on which a post office
 * that usually accepts items on such days accepted none. "Usually" is judged month by month
 * and per kind of day (working day, Saturday, Sunday; holidays are not expected): between
 * the office's first and last day with items that month, at least four days of the kind, on
 * at least {@code kt1.report.usual-share} of which it accepted something.
 */
@Component
class ContinuityReader {

	private static final String CELLS = """
			SELECT c.post_office_code, p.name, c.day_kind, SUM(c.accepted), SUM(c.accepted_night), SUM(c.delivered),
			       SUM(c.delivered_night)
			  FROM reconcile_continuity c LEFT JOIN post_office p ON p.code = c.post_office_code
			 WHERE c.run_id IN (:runs)
			 GROUP BY c.post_office_code, p.name, c.day_kind
			 ORDER BY c.post_office_code, FIELD(c.day_kind, 'WORKING_DAY', 'SATURDAY', 'SUNDAY', 'HOLIDAY')
			""";

	private static final String DAYS = """
			SELECT d.post_office_code, p.name, d.day
			  FROM reconcile_office_day d LEFT JOIN post_office p ON p.code = d.post_office_code
			 WHERE d.run_id IN (:runs)
			 ORDER BY d.post_office_code, d.day
			""";

	private static final List<ContinuityDay> EXPECTED = List.of(ContinuityDay.WORKING_DAY, ContinuityDay.SATURDAY,
			ContinuityDay.SUNDAY);

	private final ReportQueries queries;

	private final WorkingCalendar calendar;

	private final double usualShare;

	private final String night;

	ContinuityReader(ReportQueries queries, WorkingCalendar calendar, ReportProperties properties,
			ReconcileProperties reconcile) {
		this.queries = queries;
		this.calendar = calendar;
		this.usualShare = properties.usualShare();
		this.night = reconcile.nightFrom() + "–" + reconcile.nightTo();
	}

	Continuity read(List<Long> runs) {
		Map<String, Object> parameters = Map.of("runs", ReportQueries.runs(runs));
		List<ContinuityCell> cells = this.queries.list(CELLS, parameters,
				(rs, n) -> new ContinuityCell(rs.getString(1), name(rs.getString(2)),
						ContinuityDay.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6),
						rs.getLong(7)));
		Map<String, String> names = new HashMap<>();
		Map<String, Map<YearMonth, Set<LocalDate>>> days = new TreeMap<>();
		this.queries.stream(DAYS, parameters, (rs) -> {
			LocalDate day = rs.getObject(3, Date.class).toLocalDate();
			names.putIfAbsent(rs.getString(1), name(rs.getString(2)));
			days.computeIfAbsent(rs.getString(1), (office) -> new TreeMap<>())
				.computeIfAbsent(YearMonth.from(day), (month) -> new TreeSet<>())
				.add(day);
		});
		List<SilentDay> silent = new ArrayList<>();
		days.forEach((office, months) -> months.values()
			.forEach((accepted) -> silentDays(accepted)
				.forEach((day, kind) -> silent.add(new SilentDay(office, names.get(office), day, kind)))));
		return new Continuity(cells, silent, this.usualShare, this.night);
	}

	/** @return the days of the month, between the first and last day with items, of a usual kind without items */
	private Map<LocalDate, ContinuityDay> silentDays(Set<LocalDate> accepted) {
		LocalDate first = ((TreeSet<LocalDate>) accepted).first();
		LocalDate last = ((TreeSet<LocalDate>) accepted).last();
		Map<LocalDate, ContinuityDay> silent = new TreeMap<>();
		for (ContinuityDay kind : EXPECTED) {
			List<LocalDate> ofKind = first.datesUntil(last.plusDays(1))
				.filter((day) -> ContinuityDay.of(day, this.calendar) == kind)
				.toList();
			long with = ofKind.stream().filter(accepted::contains).count();
			if (ofKind.size() >= 4 && with >= this.usualShare * ofKind.size()) {
				ofKind.stream().filter((day) -> !accepted.contains(day)).forEach((day) -> silent.put(day, kind));
			}
		}
		return silent;
	}

	private static String name(String name) {
		return (name != null) ? name : "(không có trong danh sách bưu cục)";
	}

}
