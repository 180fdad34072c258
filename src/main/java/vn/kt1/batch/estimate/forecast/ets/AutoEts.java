package vn.kt1.batch.estimate.forecast.ets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Automatic exponential smoothing (Hyndman et al. 2002, 2008; R's {@code forecast::ets}): every
 * candidate model of {@link EtsModel#candidates} that the series is long enough for is fitted
 * ({@link EtsFit}) and compared by AICc. {@link #forecast} gives the forecasts of the model
 * with the lowest AICc, or (with {@code weighted}) the mean of all models' forecasts weighted
 * by their Akaike weights {@code exp(-AICc/2)} (Burnham and Anderson, 2002; Kolassa, 2011).
 */
public final class AutoEts {

	private final List<EtsFit> fits;

	private AutoEts(List<EtsFit> fits) {
		this.fits = fits;
	}

	/**
	 * Fits the candidates to a series of at least 3 finite values.
	 * @param period the seasonal period (12 for months); seasonal models need two full periods
	 */
	public static AutoEts fit(double[] y, int period) {
		boolean seasonal = period > 1 && y.length >= 2 * period;
		boolean positive = y.length > 0 && java.util.Arrays.stream(y).allMatch((v) -> v > 0);
		int m = seasonal ? period : 1;
		List<EtsFit> fits = new ArrayList<>();
		for (EtsModel model : EtsModel.candidates(seasonal, positive)) {
			if (y.length > model.parameters(m) + 4 || model.parameters(m) == 2) {
				EtsFit fit = EtsFit.fit(y, model, m);
				if (fit.valid()) {
					fits.add(fit);
				}
			}
		}
		fits.sort(Comparator.comparingDouble(EtsFit::aicc));
		return new AutoEts(fits);
	}

	/** @return the name of the model with the lowest AICc, e.g. {@code ETS(M,Ad,M)} */
	public String best() {
		return this.fits.get(0).model().name();
	}

	/** @return the forecasts of the best model, or the Akaike-weighted mean of all */
	public double[] forecast(int horizon, boolean weighted) {
		if (!weighted) {
			return this.fits.get(0).forecast(horizon);
		}
		double best = this.fits.get(0).aicc();
		double[] f = new double[horizon];
		double total = 0;
		for (EtsFit fit : this.fits) {
			double weight = Math.exp(-0.5 * (fit.aicc() - best));
			total += weight;
			double[] own = fit.forecast(horizon);
			for (int h = 0; h < horizon; h++) {
				f[h] += weight * own[h];
			}
		}
		for (int h = 0; h < horizon; h++) {
			f[h] /= total;
		}
		return f;
	}

	List<EtsFit> fits() {
		return this.fits;
	}

}
