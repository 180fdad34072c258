package vn.kt1.batch.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.kt1.batch.reference.Tariff;
import vn.kt1.batch.reference.TariffQuote;

/**
 * Prices one item of a service in each month with the tariff valid on the month's 15th (a
 * price that changes on another day applies from the month whose 15th it covers): every
 * historical item of the service is priced again at its own weight, and the fees are
 * averaged, so the agency's own mix of weight steps carries over.
 */
final class ServicePricer {

	static final int PRICE_DAY = 15;

	private final Tariff tariff;

	ServicePricer(Tariff tariff) {
		this.tariff = tariff;
	}

	/**
	 * @param mix how many items had each weight (at least one item)
	 * @param months the months to price, in order
	 * @throws vn.kt1.batch.reference.TariffException when a price is missing
	 */
	List<MonthPrice> prices(Service service, Map<Integer, Long> mix, List<YearMonth> months) {
		List<MonthPrice> prices = new ArrayList<>();
		MonthPrice previous = null;
		for (YearMonth month : months) {
			LocalDate day = month.atDay(PRICE_DAY);
			if (previous != null && this.tariff.samePrices(previous.month().atDay(PRICE_DAY), day)) {
				previous = new MonthPrice(month, previous.feePerItem(), previous.version());
			}
			else {
				previous = price(service, mix, month);
			}
			prices.add(previous);
		}
		return prices;
	}

	private MonthPrice price(Service service, Map<Integer, Long> mix, YearMonth month) {
		LocalDate day = month.atDay(PRICE_DAY);
		long fees = 0;
		long items = 0;
		LocalDate version = null;
		for (Map.Entry<Integer, Long> weight : mix.entrySet()) {
			TariffQuote quote = this.tariff.quote(day, service.zone(), weight.getKey(), service.urgency(),
					service.secrecy());
			fees += quote.feeVnd() * weight.getValue();
			items += weight.getValue();
			version = (version == null || quote.version().isAfter(version)) ? quote.version() : version;
		}
		BigDecimal average = BigDecimal.valueOf(fees).divide(BigDecimal.valueOf(items), 2, RoundingMode.HALF_UP);
		return new MonthPrice(month, average, version);
	}

}
