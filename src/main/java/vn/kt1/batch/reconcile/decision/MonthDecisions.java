package vn.kt1.batch.reconcile.decision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The standing decisions of months, each told whether it still applies to the month's current
 * run: for the console's agency-month page, the reports and {@code kt1 decisions}. Nothing is
 * stored about it: a re-run of the month changes the answer by itself.
 */
@Component
public class MonthDecisions {

	private final MonthRows months;

	private final DecisionStore store;

	MonthDecisions(MonthRows months, DecisionStore store) {
		this.months = months;
		this.store = store;
	}

	/** @return the month's standing decisions, by key */
	public List<DecisionStatus> of(YearMonth month) {
		return statuses(this.store.standing(month));
	}

	/** @return the standing decisions on one agency's rows of the month */
	public List<DecisionStatus> of(YearMonth month, String agencyCode) {
		return statuses(this.store.standing(month, agencyCode));
	}

	/** @return the month's adjustments that apply, summed per agency (signed VND) */
	public Map<String, Long> adjustments(YearMonth month) {
		Map<String, Long> sums = new HashMap<>();
		for (DecisionStatus status : of(month)) {
			if (status.applies() && status.decision().amount() != null) {
				sums.merge(status.decision().agencyCode(), status.decision().amount(), Long::sum);
			}
		}
		return sums;
	}

	/** @return what the standing decisions of these months add up to */
	public DecisionTotals totals(YearMonth from, YearMonth to) {
		return totals(statuses(this.store.standing(from, to)));
	}

	/** @return what these decisions add up to */
	public static DecisionTotals totals(List<DecisionStatus> decisions) {
		int adjustments = 0;
		long adjusted = 0;
		int disputes = 0;
		int accepted = 0;
		int stale = 0;
		for (DecisionStatus status : decisions) {
			if (!status.applies()) {
				stale++;
				continue;
			}
			switch (status.decision().code()) {
				case DIEU_CHINH -> {
					adjustments++;
					adjusted += status.decision().amount();
				}
				case KHIEU_NAI -> disputes++;
				case CHAP_NHAN -> accepted++;
			}
		}
		return new DecisionTotals(adjustments, adjusted, disputes, accepted, stale);
	}

	private List<DecisionStatus> statuses(List<Decision> decisions) {
		Map<YearMonth, Map<String, DecidableRow>> current = new HashMap<>();
		List<DecisionStatus> statuses = new ArrayList<>(decisions.size());
		for (Decision decision : decisions) {
			Map<String, DecidableRow> rows = current.computeIfAbsent(decision.month(),
					(month) -> this.months.currentRun(month).map(this.months::rows).orElse(Map.of()));
			DecidableRow row = rows.get(decision.key());
			statuses.add(new DecisionStatus(decision, row != null && row.fingerprint().equals(decision.fingerprint())));
		}
		return statuses;
	}

}
