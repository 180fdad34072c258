package vn.kt1.batch.demo;

import java.util.SplittableRandom;

/**
 * Stable habits of an agency, drawn from the seed and its code: how much it sends, whether
 * it never uses KT1, under-reports, or pays late or partly.
 */
record AgencyTraits(double dailyItems, boolean neverUses, boolean underReports, boolean sloppyPayer) {

	static AgencyTraits of(SampleAgency agency, long seed, double volume) {
		SplittableRandom random = new SplittableRandom(seed ^ (Long.parseLong(agency.code()) * 0x9E3779B97F4A7C15L));
		double base = switch (agency.level()) {
			case "TINH" -> 1.8;
			case "KHU_VUC" -> 0.9;
			default -> 0.18;
		};
		double scale = 0.3 + 1.4 * random.nextDouble();
		return new AgencyTraits(base * scale * volume, random.nextDouble() < 0.05, random.nextDouble() < 0.07,
				random.nextDouble() < 0.06);
	}

}
