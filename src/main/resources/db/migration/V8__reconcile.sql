-- Reconciliation: one run per month and attempt. A re-run of a month writes a new run and
-- becomes the month's current one; earlier runs and their findings stay, queryable by run.

-- reconcile reads a month of items by acceptance time
CREATE INDEX item_event_accepted_ix ON item_event (accepted_at);

CREATE TABLE reconcile_run (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	month CHAR(7) NOT NULL,
	job_execution_id BIGINT NOT NULL,
	-- the day the run judged from (payments are judged after the grace period)
	as_of DATE NOT NULL,
	payments_judged BOOLEAN NOT NULL,
	status VARCHAR(12) NOT NULL,
	current BOOLEAN NOT NULL DEFAULT FALSE,
	started_at DATETIME(6) NOT NULL,
	finished_at DATETIME(6) NULL,
	items INT NULL,
	fees_vnd BIGINT NULL,
	settings VARCHAR(1000) NOT NULL,
	CONSTRAINT reconcile_run_status_ck CHECK (status IN ('RUNNING', 'COMPLETED')),
	INDEX reconcile_run_month_ix (month, current)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per agency and month: every Appendix II agency valid that month and every other
-- sender seen in the month's throughput.
CREATE TABLE reconcile_agency (
	run_id BIGINT NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	on_list BOOLEAN NOT NULL,
	po_items INT NOT NULL,
	po_fees_vnd BIGINT NOT NULL,
	expected_fees_vnd BIGINT NOT NULL,
	unpriced_items INT NOT NULL,
	ineligible_items INT NOT NULL,
	reported_items INT NULL,
	reported_vnd BIGINT NULL,
	paid_vnd BIGINT NOT NULL,
	flags SET('MATCHED', 'REPORT_MISSING', 'NO_THROUGHPUT', 'COUNT_MISMATCH', 'AMOUNT_MISMATCH', 'UNPAID',
		'PARTLY_PAID', 'OVERPAID', 'TARIFF_DEVIATION', 'INELIGIBLE_SENDER') NOT NULL,
	PRIMARY KEY (run_id, agency_code),
	CONSTRAINT reconcile_agency_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Items that need a person's attention, each with its reason.
CREATE TABLE reconcile_exception (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	run_id BIGINT NOT NULL,
	kind VARCHAR(20) NOT NULL,
	barcode CHAR(13) NOT NULL,
	accepted_at DATETIME NOT NULL,
	post_office_code CHAR(6) NOT NULL,
	sender_code VARCHAR(40) NOT NULL,
	expected_vnd BIGINT NULL,
	actual_vnd BIGINT NULL,
	due_at DATETIME NULL,
	delivered_at DATETIME NULL,
	reason VARCHAR(500) NOT NULL,
	CONSTRAINT reconcile_exception_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id),
	CONSTRAINT reconcile_exception_kind_ck CHECK (kind IN ('TARIFF_DEVIATION', 'NO_TARIFF', 'LATE', 'LOST',
		'RETURNED', 'INELIGIBLE_SENDER')),
	INDEX reconcile_exception_run_ix (run_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Delivery quality per post office, scope and service (urgency).
CREATE TABLE delivery_quality (
	run_id BIGINT NOT NULL,
	post_office_code CHAR(6) NOT NULL,
	scope VARCHAR(10) NOT NULL,
	urgency VARCHAR(3) NOT NULL,
	accepted INT NOT NULL,
	delivered INT NOT NULL,
	on_time INT NOT NULL,
	late INT NOT NULL,
	returned INT NOT NULL,
	lost INT NOT NULL,
	in_transit INT NOT NULL,
	PRIMARY KEY (run_id, post_office_code, scope, urgency),
	CONSTRAINT delivery_quality_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Data checks of a run, with severity. An ERROR blocks estimates and reports unless overridden.
CREATE TABLE data_check (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	run_id BIGINT NOT NULL,
	check_name VARCHAR(40) NOT NULL,
	severity VARCHAR(8) NOT NULL,
	findings INT NOT NULL,
	message VARCHAR(2000) NOT NULL,
	CONSTRAINT data_check_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id),
	CONSTRAINT data_check_severity_ck CHECK (severity IN ('OK', 'INFO', 'WARNING', 'ERROR')),
	INDEX data_check_run_ix (run_id, severity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An operator's explicit decision to go on despite ERROR checks.
CREATE TABLE data_check_override (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	check_id BIGINT NOT NULL,
	overridden_for VARCHAR(100) NOT NULL,
	overridden_at DATETIME(6) NOT NULL,
	overridden_by VARCHAR(100) NOT NULL,
	reason VARCHAR(1000) NOT NULL,
	CONSTRAINT data_check_override_check_fk FOREIGN KEY (check_id) REFERENCES data_check (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
