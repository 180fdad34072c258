package vn.kt1.batch.reference;

import java.util.List;

/**
 * What an import stored.
 *
 * @param agencies agency rows stored (inserted or updated)
 * @param postOffices post office rows stored
 * @param tariffPrices tariff rows stored
 * @param notes what the operator should know without the import being refused, e.g. the
 * weights a tariff leaves without a price
 */
public record ReferenceImportResult(int agencies, int postOffices, int tariffPrices, List<String> notes) {

	public ReferenceImportResult(int agencies, int postOffices, int tariffPrices) {
		this(agencies, postOffices, tariffPrices, List.of());
	}

}
