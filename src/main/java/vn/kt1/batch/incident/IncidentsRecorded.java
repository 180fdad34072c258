package vn.kt1.batch.incident;

import java.util.List;

/**
 * Published by an import, inside its transaction, with the incidents it added (those updated
 * are not new). Alerts listen for it with {@code @TransactionalEventListener} (the default
 * phase, after commit, so a refused import alerts nothing): a new incident of grade A or B is
 * an alert the same day.
 *
 * @param added the new incidents, stored, with their ids
 */
public record IncidentsRecorded(List<Incident> added) {

	/** @return the new incidents of grade A or B */
	public List<Incident> severe() {
		return this.added.stream().filter(Incident::severe).toList();
	}

}
