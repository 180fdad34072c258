package vn.kt1.batch.incident;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/** The register as other features read it: the reports, and alerts looking for severe incidents. */
@Component
public class Incidents {

	private final IncidentStore store;

	Incidents(IncidentStore store) {
		this.store = store;
	}

	/** @return the incidents that happened from {@code first} to {@code last}, both included, oldest first */
	public List<Incident> between(LocalDate first, LocalDate last) {
		return this.store.between(first.atStartOfDay(), last.plusDays(1).atStartOfDay());
	}

	/** @return the incidents of grade A or B that happened on the day */
	public List<Incident> severeOn(LocalDate day) {
		return between(day, day).stream().filter(Incident::severe).toList();
	}

}
