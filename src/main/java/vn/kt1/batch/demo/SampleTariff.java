package vn.kt1.batch.demo;

import java.util.List;

/**
 * The sample tariff: the 2017 price ceilings (ex-VAT) published for KT1, with 10 % VAT,
 * valid from 2017-01-01. These are sample values, not the tariff in force, which is not
 * public.
 */
final class SampleTariff {

	static final String NOTE = "Giá mẫu (trần giá 2017) – không phải bảng giá chính thức";

	/** Base rows: zone, weight from, weight to, price, extra step (g), extra step price. */
	static final List<long[]> BASE_NOI_TINH = List.of(new long[] { 0, 50, 11_364, 0, 0 },
			new long[] { 50, 100, 12_727, 0, 0 }, new long[] { 100, 250, 15_000, 250, 1_364 });

	static final List<long[]> BASE_LIEN_TINH = List.of(new long[] { 0, 50, 13_636, 0, 0 },
			new long[] { 50, 100, 18_182, 0, 0 }, new long[] { 100, 250, 27_273, 250, 4_545 });

	static final long HT = 40_000, HG = 18_182, A = 48_636, B = 37_273, C = 30_909;

	private SampleTariff() {
	}

	/** @return the fee with 10 % VAT, rounded to whole VND, as the tariff prices it */
	static long expectedFee(boolean sameProvince, int weightG, String urgency, String secrecy) {
		List<long[]> base = sameProvince ? BASE_NOI_TINH : BASE_LIEN_TINH;
		long[] last = base.get(base.size() - 1);
		long price = last[2];
		for (long[] band : base) {
			if (weightG > band[0] && weightG <= band[1]) {
				price = band[2];
				break;
			}
		}
		if (weightG > last[1]) {
			price += ((weightG - last[1] + last[3] - 1) / last[3]) * last[4];
		}
		price += switch (urgency) {
			case "HT" -> HT;
			case "HG" -> HG;
			default -> 0;
		};
		price += switch (secrecy) {
			case "A" -> A;
			case "B" -> B;
			case "C" -> C;
			default -> 0;
		};
		return (price * 110 + 50) / 100;
	}

	/** @return the tariff file's rows, in the columns of the tariff template */
	static List<String[]> rows() {
		List<String[]> rows = new java.util.ArrayList<>();
		addBase(rows, "NOI_TINH", BASE_NOI_TINH);
		addBase(rows, "LIEN_TINH", BASE_LIEN_TINH);
		String[][] surcharges = { { "HT", "" + HT }, { "HG", "" + HG }, { "A", "" + A }, { "B", "" + B },
				{ "C", "" + C } };
		for (String[] surcharge : surcharges) {
			rows.add(new String[] { surcharge[0], "", "", "", "", "", surcharge[1], "10", "2017-01-01", "", NOTE });
		}
		return rows;
	}

	private static void addBase(List<String[]> rows, String zone, List<long[]> bands) {
		for (long[] band : bands) {
			boolean step = band[3] > 0;
			rows.add(new String[] { "CUOC_CHINH", zone, "" + band[0], "" + band[1], step ? "" + band[3] : "",
					step ? "" + band[4] : "", "" + band[2], "10", "2017-01-01", "", NOTE });
		}
	}

}
