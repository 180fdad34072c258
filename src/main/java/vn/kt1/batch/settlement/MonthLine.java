package vn.kt1.batch.settlement;

import java.time.YearMonth;

/**
 * One agency-month of a settlement: what the post office charged (the month's current
 * reconciliation) and what the agency paid for it (vouchers of that kỳ cước).
 *
 * @param month the month
 * @param reconciled whether the month has a current reconciliation (else no items or fees)
 * @param items items accepted from the agency
 * @param feesVnd fees charged
 * @param paidVnd paid for the month, refunds netted
 * @param refundedVnd of that, refunds (a positive figure)
 * @param adjustedVnd adjustments finance staff decided on the month (kt1 import decisions) that
 * apply to its current run, signed; kept beside the fees, never in them
 */
record MonthLine(YearMonth month, boolean reconciled, long items, long feesVnd, long paidVnd, long refundedVnd,
		long adjustedVnd) {

	/** @return fees not paid (negative: paid more than charged) */
	long differenceVnd() {
		return this.feesVnd - this.paidVnd;
	}

	/** @return why fees and payments differ, in words; {@code null} when they match or there is nothing */
	String explanation() {
		StringBuilder text = new StringBuilder();
		if (!this.reconciled) {
			text.append("Tháng chưa đối soát");
		}
		else if (this.feesVnd > 0 && this.paidVnd == 0) {
			text.append("Chưa thanh toán");
		}
		else if (this.paidVnd < this.feesVnd) {
			text.append("Thanh toán thiếu");
		}
		else if (this.paidVnd > this.feesVnd) {
			text.append((this.feesVnd == 0) ? "Thanh toán khi không phát sinh cước" : "Thanh toán thừa");
		}
		if (this.refundedVnd > 0) {
			text.append((text.length() > 0) ? "; " : "").append("có hoàn trả");
		}
		return (text.length() > 0) ? text.toString() : null;
	}

}
