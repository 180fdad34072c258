package vn.kt1.batch.estimate.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporalAggregateTests {

	@Test
	void quartersEndWithTheLastMonthAndTheirForecastsAreSpreadEvenly() {
		double[] y = { 100, 1, 2, 3, 4, 5, 6 };

		// 7 months: the oldest (100) does not fill a quarter; 1+2+3 and 4+5+6
		assertThat(TemporalAggregate.totals(y, 3)).containsExactly(6, 15);
		assertThat(TemporalAggregate.blocks(7, 3)).isEqualTo(3);
		assertThat(TemporalAggregate.spread(new double[] { 30, 60, 90 }, 3, 7))
			.containsExactly(10, 10, 10, 20, 20, 20, 30);
	}

	@Test
	void yearsOfTwentySevenMonths() {
		double[] y = new double[27];
		for (int t = 0; t < 27; t++) {
			y[t] = t;
		}

		// months 3..14 sum to 3 + ... + 14 = 102, months 15..26 to 246
		assertThat(TemporalAggregate.totals(y, 12)).containsExactly(102, 246);
	}

}
