package vn.kt1.batch.estimate.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimisedThetaTests {

	private static final double[] Y = { 1, 3, 2, 4 };

	@Test
	void thetaTwoOnTheWholeHistoryIsTheClassicalThetaMethodByHand() {
		// least-squares line through (1,1) (2,3) (3,2) (4,4): slope 4/5 = 0.8, intercept 2.5 - 0.8 x 2.5 = 0.5;
		// theta line 2y - line: 0.7, 3.9, 1.1, 4.3; SES with alpha 0.5 from level 1:
		// 0.85, 2.375, 1.7375, 3.01875; forecast = half the line at 4 + h plus half the SES level
		double[] f = OptimisedTheta.forecast(Y, 0.5, 2, 1, false, 2);

		assertThat(f[0]).isCloseTo(0.5 * (0.5 + 0.8 * 5) + 0.5 * 3.01875, within(1e-12));
		assertThat(f[1]).isCloseTo(0.5 * (0.5 + 0.8 * 6) + 0.5 * 3.01875, within(1e-12));
	}

	@Test
	void thetaOneIsSimpleExponentialSmoothing() {
		// SES with alpha 0.5 from level 1 on 1, 3, 2, 4: 1, 2, 2, 3
		assertThat(OptimisedTheta.forecast(Y, 0.5, 1, 1, false, 3)).containsExactly(3, 3, 3);
		assertThat(OptimisedTheta.forecast(Y, 0.5, 1, 1, true, 3)).containsExactly(3, 3, 3);
	}

	@Test
	void theDynamicLineIsTheLeastSquaresLineOfTheMonthsSoFarByHand() {
		// month 1: line flat at 1, theta line 2 - 1 = 1, level 1;
		// month 2: line through (1,1) (2,3): -1 + 2t, at 2: 3; theta line 6 - 3 = 3, level 2;
		// month 3: line through (1,1) (2,3) (3,2): 1 + 0.5t, at 3: 2.5; theta line 4 - 2.5 = 1.5, level 1.75;
		// forecast = half the line at 3 + h plus half the level
		double[] f = OptimisedTheta.forecast(new double[] { 1, 3, 2 }, 0.5, 2, 1, true, 2);

		assertThat(f[0]).isCloseTo(0.5 * 3 + 0.875, within(1e-12));
		assertThat(f[1]).isCloseTo(0.5 * 3.5 + 0.875, within(1e-12));
	}

	@Test
	void aNoisyLineIsContinuedCloserToItsSlopeThanByClassicalTheta() {
		double[] y = new double[48];
		for (int t = 0; t < 48; t++) {
			y[t] = 100 + 2 * t + ((t % 2 == 0) ? 1 : -1);
		}

		double[] f = OptimisedTheta.forecast(y, 12, true);
		double[] classical = ThetaForecaster.theta(y, 12);

		// the line goes on at 194 + 2h; classical Theta (theta 2) rises at about half the slope;
		// optimised, theta goes to its bound of 10: (1 - 1/10) of the slope, 1.8 a month
		assertThat(f[0]).isCloseTo(196, within(1.0));
		assertThat((f[11] - f[0]) / 11).isCloseTo(1.8, within(0.05));
		assertThat((classical[11] - classical[0]) / 11).isCloseTo(1.0, within(0.05));
	}

}
