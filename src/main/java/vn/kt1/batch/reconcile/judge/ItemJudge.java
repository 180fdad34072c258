package vn.kt1.batch.reconcile.judge;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.kt1.batch.reference.Tariff;
import vn.kt1.batch.reference.TariffException;
import vn.kt1.batch.reference.TariffQuote;
import vn.kt1.batch.shared.Vnd;

/**
 * Judges one item: its zone, its price by the tariff of its acceptance day, its deadline
 * and where it stands (on time, late, in transit, returned, lost), and the exceptions it
 * raises. An item not yet delivered when its deadline has passed is late.
 */
public final class ItemJudge {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/**
	 * A charged fee within this much of the tariff's is rounding, whatever the setting: the
	 * post office may round each component, the tariff rounds once (half up).
	 */
	static final long ROUNDING_VND = 1;

	private final Places places;

	private final Tariff tariff;

	private final DeliveryDeadline deadline;

	private final long feeTolerance;

	private final LocalDateTime now;

	public ItemJudge(Places places, Tariff tariff, DeliveryDeadline deadline, long feeTolerance, LocalDateTime now) {
		this.places = places;
		this.tariff = tariff;
		this.deadline = deadline;
		this.feeTolerance = Math.max(ROUNDING_VND, feeTolerance);
		this.now = now;
	}

	public ItemVerdict judge(MonthItem item) {
		List<ItemException> exceptions = new ArrayList<>();
		String zone = this.places.zone(item);
		Long expected = price(item, zone, exceptions);
		LocalDateTime due = this.deadline.dueAt(item.acceptedAt(), zone, item.urgency(), item.agreedDueAt());
		Outcome outcome = outcome(item, due);
		if (outcome == Outcome.LATE) {
			exceptions.add(new ItemException(ExceptionKind.LATE, item, null, null, due, late(item, due)));
		}
		else if (outcome == Outcome.LOST) {
			exceptions.add(new ItemException(ExceptionKind.LOST, item, null, null, due, "Bưu gửi thất lạc"));
		}
		else if (outcome == Outcome.RETURNED) {
			exceptions.add(new ItemException(ExceptionKind.RETURNED, item, null, null, due,
					"Chuyển hoàn lúc " + TIME.format(item.attemptedAt())));
		}
		if (!item.senderEligible()) {
			exceptions.add(new ItemException(ExceptionKind.INELIGIBLE_SENDER, item, null, null, null,
					"Đơn vị gửi " + item.senderCode() + (this.places.isOnList(item.senderCode())
							? " có trong danh sách Phụ lục II nhưng ngoài thời hạn hiệu lực"
							: " không có trong danh sách Phụ lục II")));
		}
		return new ItemVerdict(item, zone, expected, due, outcome, exceptions);
	}

	private Long price(MonthItem item, String zone, List<ItemException> exceptions) {
		try {
			TariffQuote quote = this.tariff.quote(item.acceptedAt().toLocalDate(), zone, item.weightG(),
					item.urgency(), item.secrecy());
			long difference = item.feeVnd() - quote.feeVnd();
			if (Math.abs(difference) > this.feeTolerance) {
				exceptions.add(new ItemException(ExceptionKind.TARIFF_DEVIATION, item, quote.feeVnd(), item.feeVnd(),
						null, "Cước " + Vnd.format(item.feeVnd()) + ", biểu giá " + Vnd.format(quote.feeVnd())
								+ " (chênh " + ((difference > 0) ? "+" : "") + Vnd.format(difference) + ")"));
			}
			return quote.feeVnd();
		}
		catch (TariffException ex) {
			exceptions.add(new ItemException(ExceptionKind.NO_TARIFF, item, null, item.feeVnd(), null,
					"Biểu giá không tính được cước: " + ex.getMessage()));
			return null;
		}
	}

	private Outcome outcome(MonthItem item, LocalDateTime due) {
		switch (item.state()) {
			case "THAT_LAC":
				return Outcome.LOST;
			case "CHUYEN_HOAN":
				return Outcome.RETURNED;
			case "DA_PHAT":
				return item.attemptedAt().isAfter(due) ? Outcome.LATE : Outcome.ON_TIME;
			default:
				return this.now.isAfter(due) ? Outcome.LATE : Outcome.IN_TRANSIT;
		}
	}

	private static String late(MonthItem item, LocalDateTime due) {
		if (item.attemptedAt() == null) {
			return "Chưa phát, quá hạn " + TIME.format(due);
		}
		long hours = Duration.between(due, item.attemptedAt()).toHours();
		return "Phát lúc " + TIME.format(item.attemptedAt()) + ", hạn " + TIME.format(due) + " (chậm "
				+ ((hours >= 24) ? (hours / 24) + " ngày " + (hours % 24) + " giờ" : Math.max(hours, 1) + " giờ") + ")";
	}

}
