package vn.kt1.batch.estimate.backtest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.estimate.AgencyEstimate;
import vn.kt1.batch.estimate.Basis;
import vn.kt1.batch.estimate.PeerMedian;
import vn.kt1.batch.estimate.YearEstimatorTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntervalModelTests {

	@Test
	void percentilesOfTheErrorsPerRootItemsAndTheirCrossFittedCoverage() {
		// eleven agencies forecast at 100 items and 1,000,000 VND; charged 700,000 to 1,200,000
		// by 50,000: z = (actual - estimate) / estimate x 10 = -3, -2.5, ..., 2
		List<BacktestAgency> backtest = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			backtest.add(agency(1_000_000, "100", 700_000 + 50_000L * i));
		}
		backtest.add(agency(0, "0", 5_000));

		IntervalModel model = IntervalModel.of(backtest);

		// 10th and 90th percentiles of -3 .. 2 (type 7: positions 1 and 9): -2.5 and 1.5
		assertThat(model.low()).isCloseTo(-2.5, within(1e-12));
		assertThat(model.high()).isCloseTo(1.5, within(1e-12));
		assertThat(model.agencies()).isEqualTo(11);
		// the even agencies (-3, -2, ..., 2: -2.5 to 1.5) hold all five odd ones (-2.5 .. 1.5);
		// the odd ones (-2.1 to 1.1) hold -2, -1, 0 and 1 of the six even ones: 9 of 11
		assertThat(model.coverage()).isEqualByComparingTo("81.82");
		// 2,000,000 VND forecast from 400 items: x (1 - 2.5 / 20) to x (1 + 1.5 / 20)
		assertThat(model.range(2_000_000, new BigDecimal("400"))).containsExactly(1_750_000, 2_150_000);
		assertThat(model.range(2_000_000, BigDecimal.ZERO)).isNull();
	}

	@Test
	void tooFewAgenciesGiveNoInterval() {
		assertThat(IntervalModel.of(List.of(agency(1_000, "10", 900)))).isNull();
	}

	private static BacktestAgency agency(long estimate, String items, long actual) {
		AgencyEstimate e = new AgencyEstimate(YearEstimatorTests.agency("3000001", "XA", "UBND", null, null),
				Basis.PEER_MEDIAN, null, 0, 0, BigDecimal.ONE, List.of(),
				new PeerMedian("nhóm", 1, estimate, new BigDecimal(items), estimate, new BigDecimal(items)), null, null);
		return new BacktestAgency(e, estimate, actual);
	}

}
