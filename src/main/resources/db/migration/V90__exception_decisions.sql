-- Finance staff's decisions on a month's agency flags and item exceptions, imported from the
-- decisions workbook (kt1 export exceptions / kt1 import decisions). A decision is tied to its
-- row's key (A:<agency> or E:<kind>:<barcode>), which a re-run of the month keeps, and to the
-- fingerprint of the row's figures as decided: it applies while the month's current run has
-- the row with the same fingerprint. A decision imported again for the same row replaces the
-- standing one, which is kept with the time it was replaced. Loaded data is never changed.
CREATE TABLE exception_decision (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	month CHAR(7) NOT NULL,
	row_key VARCHAR(80) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	-- the run whose figures were decided on, and their fingerprint
	run_id BIGINT NOT NULL,
	fingerprint CHAR(10) NOT NULL,
	decision VARCHAR(12) NOT NULL,
	note VARCHAR(1000) NULL,
	decided_by VARCHAR(200) NOT NULL,
	decided_at DATETIME(6) NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	sheet_row INT NOT NULL,
	replaced_at DATETIME(6) NULL,
	CONSTRAINT exception_decision_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id),
	CONSTRAINT exception_decision_code_ck CHECK (decision IN ('CHAP_NHAN', 'DIEU_CHINH', 'KHIEU_NAI')),
	INDEX exception_decision_month_ix (month, replaced_at, row_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An adjustment (DIEU_CHINH) is its own row beside the original figures: a signed VND amount
-- for the agency-month, never a change of what was loaded or reconciled.
CREATE TABLE settlement_adjustment (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	decision_id BIGINT NOT NULL,
	month CHAR(7) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	amount_vnd BIGINT NOT NULL,
	CONSTRAINT settlement_adjustment_decision_fk FOREIGN KEY (decision_id) REFERENCES exception_decision (id),
	CONSTRAINT settlement_adjustment_decision_uk UNIQUE (decision_id),
	INDEX settlement_adjustment_month_ix (month, agency_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
