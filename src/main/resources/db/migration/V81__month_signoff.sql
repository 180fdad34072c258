-- A finance officer's sign-off of a month's reconciliation: who signed which run, when and
-- why. A later run of the month supersedes the signature (who, when, why), visibly: rows are
-- never deleted.
CREATE TABLE month_signoff (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	month CHAR(7) NOT NULL,
	run_id BIGINT NOT NULL,
	signed_by VARCHAR(200) NOT NULL,
	signed_at DATETIME(6) NOT NULL,
	reason VARCHAR(1000) NOT NULL,
	superseded_at DATETIME(6) NULL,
	superseded_by VARCHAR(200) NULL,
	superseded_reason VARCHAR(1000) NULL,
	CONSTRAINT month_signoff_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id),
	INDEX month_signoff_month_ix (month, superseded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
