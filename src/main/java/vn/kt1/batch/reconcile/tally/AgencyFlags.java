package vn.kt1.batch.reconcile.tally;

import java.util.EnumSet;
import java.util.Set;

/**
 * Judges an agency's month. The rules, in order:
 * <ul>
 * <li>an agency not on the list (or not valid in the month) gets {@code INELIGIBLE_SENDER},
 * {@code TARIFF_DEVIATION} when its fees differ from the tariff, {@code NO_THROUGHPUT} when
 * its row exists only for a report or payment, and nothing else;</li>
 * <li>an agency on the list without a report gets {@code REPORT_MISSING};</li>
 * <li>a report with items or money, or a payment, but no items gets {@code NO_THROUGHPUT},
 * which stands instead of the count and amount comparisons;</li>
 * <li>otherwise a report is compared with the post office: {@code COUNT_MISMATCH},
 * {@code AMOUNT_MISMATCH};</li>
 * <li>once the grace period is over, payments are compared with the post office's fees:
 * nothing paid {@code UNPAID}, less {@code PARTLY_PAID}, more {@code OVERPAID};</li>
 * <li>fees compared with the tariff: {@code TARIFF_DEVIATION}; items sent outside the
 * agency's validity: {@code INELIGIBLE_SENDER};</li>
 * <li>no finding at all: {@code MATCHED}.</li>
 * </ul>
 */
final class AgencyFlags {

	private final MoneyTolerance money;

	private final int countTolerance;

	AgencyFlags(MoneyTolerance money, int countTolerance) {
		this.money = money;
		this.countTolerance = countTolerance;
	}

	Set<Flag> judge(AgencyMonth month, boolean paymentsJudged) {
		EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
		if (month.poItems() > 0 && !this.money.agrees(month.expectedFeesVnd(), month.poFeesVnd())) {
			flags.add(Flag.TARIFF_DEVIATION);
		}
		if (month.ineligibleItems() > 0 || !month.onList()) {
			flags.add(Flag.INELIGIBLE_SENDER);
		}
		if (!month.onList()) {
			if (month.poItems() == 0) {
				flags.add(Flag.NO_THROUGHPUT);
			}
			return flags;
		}
		compareReport(month, flags);
		if (paymentsJudged) {
			comparePayments(month, flags);
		}
		if (flags.isEmpty()) {
			flags.add(Flag.MATCHED);
		}
		return flags;
	}

	private void compareReport(AgencyMonth month, Set<Flag> flags) {
		boolean reportsSomething = month.reported() && (month.reportedItems() > 0 || month.reportedVnd() > 0);
		if (month.poItems() == 0 && (reportsSomething || month.paidVnd() != 0)) {
			flags.add(Flag.NO_THROUGHPUT);
		}
		if (!month.reported()) {
			flags.add(Flag.REPORT_MISSING);
			return;
		}
		if (month.poItems() == 0) {
			return;
		}
		if (Math.abs(month.reportedItems() - month.poItems()) > this.countTolerance) {
			flags.add(Flag.COUNT_MISMATCH);
		}
		if (!this.money.agrees(month.poFeesVnd(), month.reportedVnd())) {
			flags.add(Flag.AMOUNT_MISMATCH);
		}
	}

	private void comparePayments(AgencyMonth month, Set<Flag> flags) {
		long fees = month.poFeesVnd();
		long paid = month.paidVnd();
		if (this.money.agrees(fees, paid) || (fees == 0 && paid < 0)) {
			return;
		}
		if (paid > fees) {
			flags.add(Flag.OVERPAID);
		}
		else if (paid <= 0) {
			flags.add(Flag.UNPAID);
		}
		else {
			flags.add(Flag.PARTLY_PAID);
		}
	}

}
