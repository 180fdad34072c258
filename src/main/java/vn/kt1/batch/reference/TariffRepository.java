package vn.kt1.batch.reference;

import org.springframework.stereotype.Component;

/** The stored tariff, for the jobs that price items. */
@Component
public class TariffRepository {

	private final ReferenceStore store;

	TariffRepository(ReferenceStore store) {
		this.store = store;
	}

	/** @return every stored price, all validity periods */
	public Tariff load() {
		return new Tariff(this.store.tariff());
	}

}
