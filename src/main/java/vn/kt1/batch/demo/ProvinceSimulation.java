package vn.kt1.batch.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Simulates a province's KT1 traffic day by day: items accepted from its agencies, and
 * their later states (in transit, delivered, returned, lost) on the days they happen.
 * Only the items still in flight are kept.
 */
final class ProvinceSimulation {

	private final SampleProvince province;

	private final List<String> otherProvinces;

	private final long seed;

	private final List<SampleAgency> agencies;

	private final List<AgencyTraits> traits;

	private final Map<LocalDate, List<ThroughputRow>> later = new TreeMap<>();

	private final String prefix;

	private int serial;

	ProvinceSimulation(SampleProvince province, List<String> otherProvinces, long seed, double volume) {
		this.province = province;
		this.otherProvinces = otherProvinces;
		this.seed = seed;
		this.agencies = province.agencies();
		this.traits = this.agencies.stream().map((a) -> AgencyTraits.of(a, seed, volume)).toList();
		this.prefix = S10Serials.prefix(province.code());
	}

	AgencyTraits traits(String agencyCode) {
		for (int i = 0; i < this.agencies.size(); i++) {
			if (this.agencies.get(i).code().equals(agencyCode)) {
				return this.traits.get(i);
			}
		}
		return null;
	}

	List<SampleAgency> agencies() {
		return this.agencies;
	}

	/** @return the rows of the day: items accepted that day and the states reached that day */
	List<ThroughputRow> day(LocalDate day) {
		SplittableRandom random = new SplittableRandom(this.seed * 31 + day.toEpochDay() * 1_000_003L
				+ Integer.parseInt(this.province.code()));
		List<ThroughputRow> rows = new ArrayList<>();
		for (int i = 0; i < this.agencies.size(); i++) {
			SampleAgency agency = this.agencies.get(i);
			AgencyTraits habits = this.traits.get(i);
			if (habits.neverUses() || !agency.validOn(day)) {
				continue;
			}
			int count = poisson(random, habits.dailyItems() * Seasons.factor(day, agency.level()));
			for (int n = 0; n < count; n++) {
				ThroughputRow accepted = accept(random, day, agency);
				rows.add(accepted);
				schedule(random, accepted);
			}
		}
		List<ThroughputRow> due = this.later.remove(day);
		if (due != null) {
			rows.addAll(due);
		}
		return rows;
	}

	private ThroughputRow accept(SplittableRandom random, LocalDate day, SampleAgency agency) {
		LocalDateTime at = day.atTime(7 + random.nextInt(10), random.nextInt(60));
		boolean sameProvince = random.nextDouble() < 0.75;
		String receiver = sameProvince ? this.agencies.get(random.nextInt(this.agencies.size())).code()
				: "1" + this.otherProvinces.get(random.nextInt(this.otherProvinces.size())) + "0001";
		String sender = (random.nextDouble() < 0.003) ? "9" + (100_000 + random.nextInt(900_000)) : agency.code();
		double u = random.nextDouble();
		String urgency = (u < 0.85) ? "KT1" : (u < 0.95) ? "HT" : "HG";
		double s = random.nextDouble();
		String secrecy = (s < 0.70) ? "" : (s < 0.88) ? "C" : (s < 0.97) ? "B" : "A";
		double t = random.nextDouble();
		String type = (t < 0.82) ? "THU" : (t < 0.97) ? "GOI" : "KIEN";
		int weight = switch (type) {
			case "THU" -> 20 + random.nextInt(231);
			case "GOI" -> 250 + random.nextInt(1751);
			default -> 2_000 + random.nextInt(8_001);
		};
		long fee = SampleTariff.expectedFee(sameProvince, weight, urgency, secrecy);
		if (random.nextDouble() < 0.005) {
			fee = Math.round(fee * 1.2 / 1000.0) * 1000;
		}
		LocalDateTime due = "HG".equals(urgency) ? day.plusDays(1).atTime(17, 0) : null;
		return new ThroughputRow(S10Serials.next(this.prefix, ++this.serial), at, this.province.postOfficeOf(agency),
				sender, receiver, urgency, secrecy, type, weight, fee, "CHAP_NHAN", due, null);
	}

	private void schedule(SplittableRandom random, ThroughputRow item) {
		LocalDate day = item.accepted().toLocalDate();
		boolean sameProvince = item.receiver().startsWith("3")
				|| item.receiver().substring(1, 3).equals(this.province.code());
		int days = (sameProvince ? 1 : 2) + ("HT".equals(item.urgency()) ? 0 : random.nextInt(2));
		if (random.nextDouble() < 0.08) {
			days += 1 + random.nextInt(3);
		}
		double fate = random.nextDouble();
		if (fate < 0.0005) {
			add(workingDaysAfter(day, 7), item.withStatus("THAT_LAC", null));
			return;
		}
		if (!sameProvince && random.nextBoolean()) {
			add(workingDaysAfter(day, 1), item.withStatus("DANG_PHAT", null));
		}
		LocalDate end = workingDaysAfter(day, days);
		String status = (fate < 0.0035) ? "CHUYEN_HOAN" : "DA_PHAT";
		add(end, item.withStatus(status, end.atTime(8 + random.nextInt(9), random.nextInt(60))));
	}

	private void add(LocalDate day, ThroughputRow row) {
		this.later.computeIfAbsent(day, (d) -> new ArrayList<>()).add(row);
	}

	private static LocalDate workingDaysAfter(LocalDate day, int days) {
		LocalDate result = day;
		for (int n = 0; n < days;) {
			result = result.plusDays(1);
			if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
				n++;
			}
		}
		return result;
	}

	private static int poisson(SplittableRandom random, double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean > 30) {
			return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

	private static double gaussian(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

}
