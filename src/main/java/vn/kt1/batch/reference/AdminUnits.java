package vn.kt1.batch.reference;

import java.util.Map;

/**
 * The official provinces and communes, to check the codes of reference lists.
 *
 * @param provinceNames name by 2-digit province code
 * @param communeProvinces province code by 5-digit commune code
 */
record AdminUnits(Map<String, String> provinceNames, Map<String, String> communeProvinces) {

	boolean hasProvince(String code) {
		return this.provinceNames.containsKey(code);
	}

	/** @return the province of the commune, or {@code null} for an unknown commune */
	String provinceOf(String commune) {
		return this.communeProvinces.get(commune);
	}

}
