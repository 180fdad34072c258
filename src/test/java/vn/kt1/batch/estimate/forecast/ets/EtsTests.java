package vn.kt1.batch.estimate.forecast.ets;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * ETS worked by hand on a few months, and against R's {@code forecast} package (version 8.20 on
 * R 4.2.2, {@code ets(y)} with its defaults) on three monthly data sets that ship with R:
 * {@code AirPassengers} (Box and Jenkins), {@code USAccDeaths} and {@code ldeaths}
 * (Brockwell and Davis). R's optimiser stops earlier than this one, so the criterion here may
 * be a little lower than R's for the same model, never higher.
 */
class EtsTests {

	static final double[] AIR_PASSENGERS = {
			112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170,
			170, 158, 133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180,
			193, 181, 183, 218, 230, 242, 209, 191, 172, 194, 196, 196, 236, 235, 229, 243, 264, 272, 237,
			211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229, 242, 233, 267, 269,
			270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271,
			306, 315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435,
			491, 505, 404, 359, 310, 337, 360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417,
			391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432 };

	static final double[] US_ACCIDENTAL_DEATHS = {
			9007, 8106, 8928, 9137, 10017, 10826, 11317, 10744, 9713, 9938, 9161, 8927, 7750, 6981, 8038,
			8422, 8714, 9512, 10120, 9823, 8743, 9129, 8710, 8680, 8162, 7306, 8124, 7870, 9387, 9556, 10093,
			9620, 8285, 8466, 8160, 8034, 7717, 7461, 7767, 7925, 8623, 8945, 10078, 9179, 8037, 8488, 7874,
			8647, 7792, 6957, 7726, 8106, 8890, 9299, 10625, 9302, 8314, 8850, 8265, 8796, 7836, 6892, 7791,
			8192, 9115, 9434, 10484, 9827, 9110, 9070, 8633, 9240 };

	static final double[] LUNG_DEATHS = {
			3035, 2552, 2704, 2554, 2014, 1655, 1721, 1524, 1596, 2074, 2199, 2512, 2933, 2889, 2938, 2497,
			1870, 1726, 1607, 1545, 1396, 1787, 2076, 2837, 2787, 3891, 3179, 2011, 1636, 1580, 1489, 1300,
			1356, 1653, 2013, 2823, 3102, 2294, 2385, 2444, 1748, 1554, 1498, 1361, 1346, 1564, 1640, 2293,
			2815, 3137, 2679, 1969, 1870, 1633, 1529, 1366, 1357, 1570, 1535, 2491, 3084, 2605, 2573, 2143,
			1693, 1504, 1461, 1354, 1333, 1492, 1781, 1915 };

	private static final EtsModel ANN = new EtsModel(false, EtsModel.Trend.NONE, EtsModel.Season.NONE);

	@Test
	void simpleSmoothingByHand() {
		double[] y = { 12, 11, 13 };
		EtsRecursion.State[] end = new EtsRecursion.State[1];

		// level 10 -> 11 (error 2) -> 11 (error 0) -> 12 (error 2): sum of squares 8
		double criterion = EtsRecursion.run(y, ANN, new EtsParameters(0.5, 0, 0, 1), 10, 0, new double[1], end);

		assertThat(criterion).isCloseTo(3 * Math.log(8), within(1e-12));
		assertThat(EtsRecursion.forecast(ANN, new EtsParameters(0.5, 0, 0, 1), end[0], 2)).containsExactly(12, 12);
	}

	@Test
	void dampedTrendByHand() {
		EtsModel damped = new EtsModel(false, EtsModel.Trend.DAMPED, EtsModel.Season.NONE);
		EtsParameters p = new EtsParameters(0.5, 0.25, 0, 0.9);
		EtsRecursion.State[] end = new EtsRecursion.State[1];

		// t1: q = 10 + 0.9 = 10.9, error 0.1, level 10.95, slope 0.9 + 0.5 (10.95 - 10 - 0.9) = 0.925
		// t2: q = 10.95 + 0.8325 = 11.7825, error 1.2175, level 12.39125,
		//     slope 0.8325 + 0.5 (12.39125 - 10.95 - 0.8325) = 1.136875
		double criterion = EtsRecursion.run(new double[] { 11, 13 }, damped, p, 10, 1, new double[1], end);

		assertThat(criterion).isCloseTo(2 * Math.log(0.1 * 0.1 + 1.2175 * 1.2175), within(1e-9));
		assertThat(end[0].level()).isCloseTo(12.39125, within(1e-9));
		assertThat(end[0].slope()).isCloseTo(1.136875, within(1e-9));
		// level + (0.9 + 0.81 + ...) slope
		assertThat(EtsRecursion.forecast(damped, p, end[0], 2)).containsExactly(
				new double[] { 12.39125 + 0.9 * 1.136875, 12.39125 + 1.71 * 1.136875 }, within(1e-9));
	}

	@Test
	void multiplicativeErrorAndSeasonByHand() {
		EtsModel mnm = new EtsModel(true, EtsModel.Trend.NONE, EtsModel.Season.MULTIPLICATIVE);
		EtsParameters p = new EtsParameters(0.5, 0, 0.2, 1);
		EtsRecursion.State[] end = new EtsRecursion.State[1];

		// period 2, seasons 0.8 and 1.2, level 10
		// t1: mean 8, relative error 1/8; level 10 + 0.5 (9 / 0.8 - 10) = 10.625; season 0.8 + 0.2 (0.9 - 0.8) = 0.82
		// t2: mean 12.75, relative error -0.75 / 12.75; level 10.625 + 0.5 (10 - 10.625) = 10.3125;
		//     season 1.2 + 0.2 (12 / 10.625 - 1.2)
		double criterion = EtsRecursion.run(new double[] { 9, 12 }, mnm, p, 10, 0, new double[] { 0.8, 1.2 }, end);

		double e2 = -0.75 / 12.75;
		assertThat(criterion).isCloseTo(2 * Math.log(0.125 * 0.125 + e2 * e2) + 2 * Math.log(8 * 12.75),
				within(1e-9));
		assertThat(EtsRecursion.forecast(mnm, p, end[0], 2)).containsExactly(
				new double[] { 10.3125 * 0.82, 10.3125 * (1.2 + 0.2 * (12 / 10.625 - 1.2)) }, within(1e-9));
	}

	@Test
	void airPassengersWithRsEstimatesGiveRsForecasts() {
		// R: ETS(M,Ad,M), AICc 1400.6384; alpha, beta, gamma, phi, l, b, s0..s10
		double[] seasons = seasons(true, 0.894447, 0.799322, 0.921660, 1.059202, 1.220301, 1.231799, 1.110500,
				0.978613, 0.980382, 1.011030, 0.886892);
		EtsModel model = new EtsModel(true, EtsModel.Trend.DAMPED, EtsModel.Season.MULTIPLICATIVE);

		assertAsR(AIR_PASSENGERS, model, new EtsParameters(0.709552, 0.020409, 0.000100, 0.98), 120.993936, 1.770540,
				seasons, 1400.6384, new double[] { 441.8018, 434.1186, 496.6300, 483.2375, 483.9914, 551.0244, 613.1797,
						609.3648, 530.5408, 463.0332, 402.7478, 451.9694 });
	}

	@Test
	void accidentalDeathsWithRsEstimatesGiveRsForecasts() {
		// R: ETS(A,N,A), AICc 1148.7161
		double[] seasons = seasons(false, -51.344875, -255.352755, 218.290115, -121.771020, 970.738745, 1683.236611,
				756.091981, 306.421217, -489.562713, -739.900427, -1537.791724);
		EtsModel model = new EtsModel(false, EtsModel.Trend.NONE, EtsModel.Season.ADDITIVE);

		assertAsR(US_ACCIDENTAL_DEATHS, model, new EtsParameters(0.594590, 0, 0.002029, 1), 9248.362824, 0, seasons,
				1148.7161, new double[] { 8397.4969, 7599.2206, 8396.5947, 8646.5097, 9443.4119, 9893.0647, 10819.1237,
						10107.1046, 9015.2326, 9354.4074, 8880.4177, 9085.4921 });
	}

	@Test
	void lungDeathsWithRsEstimatesGiveRsForecasts() {
		// R: ETS(M,N,M), AICc 1089.3685
		double[] seasons = seasons(true, 1.222355, 0.911872, 0.821996, 0.675383, 0.680555, 0.753760, 0.781987,
				0.874473, 1.104013, 1.324632, 1.425094);
		EtsModel model = new EtsModel(true, EtsModel.Trend.NONE, EtsModel.Season.MULTIPLICATIVE);

		assertAsR(LUNG_DEATHS, model, new EtsParameters(0.188857, 0, 0.000110, 1), 2199.255380, 0, seasons, 1089.3685,
				new double[] { 2655.6970, 2657.9259, 2470.5915, 2059.1115, 1630.9992, 1458.4980, 1405.8535, 1269.3228,
						1259.6753, 1533.1187, 1700.7497, 2279.8225 });
	}

	@Test
	void theSearchFindsModelsAtLeastAsGoodAsRsByItsOwnCriterion() {
		// R's choices and their AICc (ets with its defaults)
		assertThat(aiccAsR(AutoEts.fit(AIR_PASSENGERS, 12), AIR_PASSENGERS)).isLessThanOrEqualTo(1400.6384);
		assertThat(aiccAsR(AutoEts.fit(US_ACCIDENTAL_DEATHS, 12), US_ACCIDENTAL_DEATHS)).isLessThanOrEqualTo(1148.7161);
		assertThat(aiccAsR(AutoEts.fit(LUNG_DEATHS, 12), LUNG_DEATHS)).isLessThanOrEqualTo(1089.3685);
		// and fitting R's own choice alone too
		EtsFit fit = EtsFit.fit(US_ACCIDENTAL_DEATHS,
				new EtsModel(false, EtsModel.Trend.NONE, EtsModel.Season.ADDITIVE), 12);
		assertThat(fit.aicc() + 2 * US_ACCIDENTAL_DEATHS.length * Math.log(scale(US_ACCIDENTAL_DEATHS)))
			.isLessThanOrEqualTo(1148.7161);
	}

	@Test
	void simpleSmoothingOfAccidentalDeathsAsR() {
		// R: ets(USAccDeaths, model = "ANN"): alpha 0.999899, level 9007.2792, AICc 1262.6957, forecast 9239.9389
		EtsFit fit = EtsFit.fit(US_ACCIDENTAL_DEATHS, ANN, 1);

		assertThat(fit.parameters().alpha()).isCloseTo(0.9999, within(1e-3));
		assertThat(fit.aicc() + 2 * US_ACCIDENTAL_DEATHS.length * Math.log(scale(US_ACCIDENTAL_DEATHS)))
			.isCloseTo(1262.6957, within(0.01));
		assertThat(fit.forecast(1)[0]).isCloseTo(9239.9389, within(1.0));
	}

	@Test
	void aConstantSeriesAndAShortOneAreForecast() {
		double[] constant = new double[30];
		Arrays.fill(constant, 5);

		assertThat(AutoEts.fit(constant, 12).forecast(3, true)).containsExactly(new double[] { 5, 5, 5 }, within(1e-6));
		assertThat(AutoEts.fit(new double[] { 4, 6, 5, 5 }, 12).forecast(2, false)).hasSize(2);
	}

	/**
	 * R's seasonal states s0 (the latest, the month before the data) to s10; the last makes
	 * them sum to 12 (multiplicative) or 0. Here {@code seasons[j]} is used by month j.
	 */
	private static double[] seasons(boolean multiplicative, double... r) {
		double[] seasons = new double[12];
		double sum = 0;
		for (int k = 0; k < 11; k++) {
			seasons[11 - k] = r[k];
			sum += r[k];
		}
		seasons[0] = (multiplicative ? 12 : 0) - sum;
		return seasons;
	}

	/** The criterion and the forecasts of R's estimates, run by this code, are R's. */
	private static void assertAsR(double[] y, EtsModel model, EtsParameters p, double level, double slope,
			double[] seasons, double aicc, double[] forecasts) {
		EtsRecursion.State[] end = new EtsRecursion.State[1];
		double criterion = EtsRecursion.run(y, model, p, level, slope, seasons, end);
		int k = model.parameters(12) + 1;
		assertThat(criterion + 2 * k + 2.0 * k * (k + 1) / (y.length - k - 1)).isCloseTo(aicc, within(0.01));
		// R prints its estimates to six decimals: over 144 months that moves a forecast by up to 0.1 %
		assertClose(EtsRecursion.forecast(model, p, end[0], 12), forecasts, 0.1);
	}

	/** R's AICc adds {@code 2 n log(scale)} for the data's units; this code fits the data divided by their mean. */
	private static double aiccAsR(AutoEts ets, double[] y) {
		return ets.fits().get(0).aicc() + 2 * y.length * Math.log(scale(y));
	}

	private static double scale(double[] y) {
		return Arrays.stream(y).map(Math::abs).average().orElseThrow();
	}

	/** Each forecast within {@code percent} % of R's. */
	private static void assertClose(double[] actual, double[] expected, double percent) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int h = 0; h < expected.length; h++) {
			assertThat(actual[h]).as("month %d", h + 1).isCloseTo(expected[h], withinPercentage(percent));
		}
	}

}
