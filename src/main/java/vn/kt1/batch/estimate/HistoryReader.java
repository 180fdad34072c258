package vn.kt1.batch.estimate;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.reconcile.judge.MonthItemReader;
import vn.kt1.batch.reference.Agency;
import vn.kt1.batch.reference.Zones;

/**
 * Reads the items of a span of months, one per barcode, into each sender's history by
 * service (zone from the sender's and the receiver's provinces).
 */
@Component
class HistoryReader {

	private final JdbcTemplate jdbc;

	private final MonthItemReader items;

	HistoryReader(JdbcTemplate jdbc, MonthItemReader items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	/** @return the month of the first item ever accepted, or {@code null} without items */
	YearMonth dataStart() {
		return month("SELECT MIN(accepted_at) FROM item_event");
	}

	/** @return the month of the last item accepted, or {@code null} without items */
	YearMonth dataEnd() {
		return month("SELECT MAX(accepted_at) FROM item_event");
	}

	private YearMonth month(String sql) {
		Timestamp day = this.jdbc.queryForObject(sql, Timestamp.class);
		return (day != null) ? YearMonth.from(day.toLocalDateTime()) : null;
	}

	/**
	 * @param agencies every agency on the list (their provinces decide the zone)
	 * @param senders the agencies whose items are kept
	 */
	History read(YearMonth from, YearMonth to, List<Agency> agencies, Set<String> senders) {
		Map<String, String> provinces = agencies.stream()
			.collect(Collectors.toMap(Agency::code, Agency::provinceCode, (a, b) -> a, HashMap::new));
		History history = new History(from, to);
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			YearMonth accepted = month;
			this.items.forEach(month, (item) -> {
				if (senders.contains(item.senderCode())) {
					Service service = new Service(
							Zones.of(provinces.get(item.senderCode()), provinces.get(item.receiverCode())),
							item.urgency(), item.secrecy());
					history.add(item.senderCode(), service, accepted, item.weightG(), item.feeVnd());
				}
			});
		}
		return history;
	}

}
