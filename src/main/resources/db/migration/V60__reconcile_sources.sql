-- What the reports still read from the items themselves, now kept with each reconciliation
-- run, so that a report reads only what the runs stored, whatever the volume.

-- The input files whose item events the run counted, with their events of the month: the
-- annex's provenance, and the files a run did not see.
CREATE TABLE reconcile_source_file (
	run_id BIGINT NOT NULL,
	file_id BIGINT NOT NULL,
	events INT NOT NULL,
	PRIMARY KEY (run_id, file_id),
	CONSTRAINT reconcile_source_file_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Whether the run stored every figure the reports read (V50's splits and the files above).
-- Runs made before this migration did not: the reports refuse their months until they are
-- reconciled again (a back-fill would read the items as they are now, not as the run saw them).
ALTER TABLE reconcile_run ADD COLUMN report_figures BOOLEAN NOT NULL DEFAULT FALSE AFTER settings;

-- the report's check for files of a month's days loaded after the month's run
CREATE INDEX input_file_business_date_ix ON input_file (kind, status, business_date);
