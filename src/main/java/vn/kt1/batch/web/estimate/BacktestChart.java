package vn.kt1.batch.web.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * The backtest as a bar chart drawn on the server (an SVG the page holds, no script): per
 * level and category, the amount estimated beside the amount the post office charged.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param bars the bars, two per group
 * @param labels the groups' names under the bars
 * @param ticks the scale's lines and their amounts
 */
record BacktestChart(int width, int height, List<Rect> bars, List<Label> labels, List<Tick> ticks) {

	private static final int LEFT = 110;

	private static final int TOP = 16;

	private static final int PLOT = 240;

	private static final int GROUP = 64;

	static BacktestChart of(List<EstimateQueries.Bar> groups, java.util.function.Function<String, String> level) {
		long max = 1;
		for (EstimateQueries.Bar bar : groups) {
			max = Math.max(max, Math.max(bar.estimate(), bar.actual()));
		}
		long step = niceStep(max);
		long top = ((max + step - 1) / step) * step;
		List<Rect> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			EstimateQueries.Bar group = groups.get(i);
			int x = LEFT + i * GROUP + 8;
			bars.add(rect(x, group.estimate(), top, "bar-est", group));
			bars.add(rect(x + 22, group.actual(), top, "bar-act", group));
			labels.add(new Label(x + 22, TOP + PLOT + 14, level.apply(group.level())));
			labels.add(new Label(x + 22, TOP + PLOT + 28, group.category()));
		}
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= top; value += step) {
			int y = TOP + PLOT - (int) (PLOT * value / top);
			ticks.add(new Tick(y, vn.kt1.batch.shared.Vnd.group(value / 1_000_000) + " tr"));
		}
		return new BacktestChart(Math.max(LEFT + groups.size() * GROUP + 20, 400), TOP + PLOT + 40, bars, labels, ticks);
	}

	private static Rect rect(int x, long amount, long top, String style, EstimateQueries.Bar group) {
		int height = (int) Math.round((double) PLOT * amount / top);
		return new Rect(x, TOP + PLOT - height, 20, Math.max(height, 0), style,
				group.level() + " " + group.category() + ": " + vn.kt1.batch.shared.Vnd.format(amount));
	}

	/** @return 1, 2 or 5 times a power of ten, about a fifth of the largest amount */
	private static long niceStep(long max) {
		long raw = Math.max(1, max / 5);
		long power = 1;
		while (power * 10 <= raw) {
			power *= 10;
		}
		for (long factor : new long[] { 1, 2, 5, 10 }) {
			if (factor * power >= raw) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	public int axisX() {
		return LEFT;
	}

	public int axisBottom() {
		return TOP + PLOT;
	}

	record Rect(int x, int y, int width, int height, String style, String title) {
	}

	record Label(int x, int y, String text) {
	}

	record Tick(int y, String text) {
	}

}
