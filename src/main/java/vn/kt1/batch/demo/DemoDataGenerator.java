package vn.kt1.batch.demo;

import java.io.IOException;
import java.util.List;

/**
 * Generates realistic input files for a province, or for the whole country: daily
 * throughput, monthly usage reports with corrections, and payment vouchers, in the forms
 * people send them, with the irregularities real data has. The same seed gives the same
 * files.
 */
public final class DemoDataGenerator {

	/** National volume: about 10 million items a year over 34 provinces. */
	private static final double NATIONAL_VOLUME = 5.5;

	public DemoSummary generate(DemoRequest request) throws IOException {
		AdminUnits units = AdminUnits.load();
		List<String> provinces = request.national() ? units.provinceCodes() : List.of(request.province());
		DemoSummary total = new DemoSummary(0, 0, 0, 0, 0, 0);
		for (String code : provinces) {
			SampleProvince province = SampleProvince.of(units, code);
			List<String> others = units.provinceCodes().stream().filter((p) -> !p.equals(code)).toList();
			ProvinceSimulation simulation = new ProvinceSimulation(province, others, request.seed(),
					request.national() ? NATIONAL_VOLUME : 1.0);
			total = total.plus(new ProvinceFiles(province, simulation, request.out(), request.seed(),
					request.errorRate()).write(request.from(), request.to()));
		}
		return total;
	}

}
