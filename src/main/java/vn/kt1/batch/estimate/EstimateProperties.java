package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the budget estimate is made and written.
 *
 * @param contingencyPercent added to every agency's forecast amount (dự phòng), default 10
 * @param events factors for years with known events, e.g. a Party congress; several for one
 * year multiply
 * @param subItem the budget sub-item (tiểu mục) of postal charges, default {@code 6603}: the
 * usual code, not verified against today's budget index (DOMAIN.md)
 * @param subItemName its name, default {@code Cước phí bưu chính}
 * @param minMonthsUsed an agency whose first item came fewer months than this before the
 * cut (or that has none) gets its peers' median, default 6
 * @param maxHistoryMonths the longest history used, default 60
 * @param poolShareMonths pooling across agencies: each group's (level and category) services
 * are forecast together and shared out by each agency's share of the group's items over its
 * last this many months of use, default 24; 0 forecasts each agency's services from its own
 * history alone
 * @param workbookDir where the job writes {@code du-toan-KT1-<year>.xlsx}
 * @param proposalThresholdPercent an agency's own proposal further than this from its
 * estimate (either way, in % of the estimate) is marked for the appraiser, default 20
 */
@ConfigurationProperties("kt1.estimate")
public record EstimateProperties(BigDecimal contingencyPercent, List<Event> events, String subItem,
		String subItemName, Integer minMonthsUsed, Integer maxHistoryMonths, Integer poolShareMonths,
		Path workbookDir, BigDecimal proposalThresholdPercent) {

	public EstimateProperties {
		contingencyPercent = (contingencyPercent != null) ? contingencyPercent : BigDecimal.TEN;
		events = (events != null) ? List.copyOf(events) : List.of();
		subItem = (subItem != null) ? subItem : "6603";
		subItemName = (subItemName != null) ? subItemName : "Cước phí bưu chính";
		minMonthsUsed = (minMonthsUsed != null) ? minMonthsUsed : 6;
		maxHistoryMonths = (maxHistoryMonths != null) ? maxHistoryMonths : 60;
		poolShareMonths = (poolShareMonths != null) ? poolShareMonths : 24;
		workbookDir = (workbookDir != null) ? workbookDir : Path.of("data", "estimates");
		proposalThresholdPercent = (proposalThresholdPercent != null) ? proposalThresholdPercent : BigDecimal.valueOf(20);
		if (proposalThresholdPercent.signum() < 0) {
			throw new IllegalArgumentException("kt1.estimate.proposal-threshold-percent must not be negative");
		}
		if (contingencyPercent.signum() < 0) {
			throw new IllegalArgumentException("kt1.estimate.contingency-percent must not be negative");
		}
		if (poolShareMonths < 0) {
			throw new IllegalArgumentException("kt1.estimate.pool-share-months must not be negative");
		}
		if (minMonthsUsed < 1 || maxHistoryMonths < 12) {
			throw new IllegalArgumentException(
					"kt1.estimate.min-months-used must be at least 1 and max-history-months at least 12");
		}
	}

	/** @return the rule that turns a year's forecast amounts into the estimate */
	AmountRule rule(int year) {
		return new AmountRule(this.contingencyPercent, this.events.stream().filter((e) -> e.year() == year).toList());
	}

	/** @return the workbook the job writes for a year */
	Path workbook(int year) {
		return this.workbookDir.resolve("du-toan-KT1-" + year + ".xlsx");
	}

	/**
	 * An event that changes a year's volume.
	 *
	 * @param year the budget year it applies to
	 * @param factor the multiplier, e.g. 1.15
	 * @param label what it is, e.g. {@code Đại hội Đảng}
	 */
	public record Event(int year, BigDecimal factor, String label) {

		public Event {
			if (factor == null || factor.signum() <= 0) {
				throw new IllegalArgumentException("kt1.estimate.events: the factor of " + year + " must be above 0");
			}
			label = (label != null) ? label : "sự kiện";
		}

	}

}
