-- Budget estimates (dự toán): one run per year and attempt. A re-run writes a new run that
-- becomes the year's current one; earlier runs and their figures stay, queryable by run.

CREATE TABLE estimate_run (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	year SMALLINT NOT NULL,
	job_execution_id BIGINT NOT NULL,
	-- the day the estimate is made: history is the complete months before it
	as_of DATE NOT NULL,
	history_from CHAR(7) NOT NULL,
	history_to CHAR(7) NOT NULL,
	horizon_months INT NOT NULL,
	status VARCHAR(12) NOT NULL,
	current BOOLEAN NOT NULL DEFAULT FALSE,
	started_at DATETIME(6) NOT NULL,
	finished_at DATETIME(6) NULL,
	contingency_percent DECIMAL(6, 2) NOT NULL,
	-- product of the year's event factors, and the events in words
	event_factor DECIMAL(10, 6) NOT NULL,
	events VARCHAR(1000) NOT NULL,
	sub_item VARCHAR(10) NOT NULL,
	sub_item_name VARCHAR(200) NOT NULL,
	min_months_used INT NOT NULL,
	-- the forecasting method in words, and the reason given to go on despite ERROR data checks
	method VARCHAR(2000) NOT NULL,
	override_reason VARCHAR(1000) NULL,
	-- the throughput files the history came from: how many, and the SHA-256 of their hashes in id order
	input_files INT NOT NULL,
	input_digest CHAR(64) NOT NULL,
	-- the data checks of the history's months when the run was made, in words
	data_checks VARCHAR(500) NOT NULL,
	-- the notes of the tariff rows valid in the year (e.g. that the prices are samples)
	tariff_notes VARCHAR(1000) NULL,
	-- filled when the forecast is stored
	tariff_versions VARCHAR(500) NULL,
	agencies INT NULL,
	peer_agencies INT NULL,
	review_agencies INT NULL,
	items DECIMAL(14, 2) NULL,
	base_vnd BIGINT NULL,
	total_vnd BIGINT NULL,
	workbook VARCHAR(1000) NULL,
	CONSTRAINT estimate_run_status_ck CHECK (status IN ('RUNNING', 'COMPLETED')),
	INDEX estimate_run_year_ix (year, current)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per agency valid on some day of the year, as the list said when the run was made.
CREATE TABLE estimate_agency (
	run_id BIGINT NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	name VARCHAR(255) NOT NULL,
	level VARCHAR(10) NOT NULL,
	category VARCHAR(20) NOT NULL,
	province_code CHAR(2) NOT NULL,
	-- HISTORY: forecast from its own items; PEER_MEDIAN: too little history, the median of its peers
	basis VARCHAR(12) NOT NULL,
	first_use CHAR(7) NULL,
	months_used INT NOT NULL,
	history_items INT NOT NULL,
	-- share of the year's days on which the agency is valid
	valid_share DECIMAL(7, 6) NOT NULL,
	peer_group VARCHAR(200) NULL,
	peer_agencies INT NULL,
	peer_median_vnd BIGINT NULL,
	peer_reason VARCHAR(500) NULL,
	items DECIMAL(14, 2) NOT NULL,
	-- forecast priced with VAT, before contingency and factors; then the estimate (whole thousands)
	base_vnd BIGINT NOT NULL,
	amount_vnd BIGINT NOT NULL,
	basis_text VARCHAR(2000) NOT NULL,
	-- services whose forecast is far from their last 12 months: the figure stands, people look at it
	review VARCHAR(2000) NULL,
	PRIMARY KEY (run_id, agency_code),
	CONSTRAINT estimate_agency_run_fk FOREIGN KEY (run_id) REFERENCES estimate_run (id),
	CONSTRAINT estimate_agency_basis_ck CHECK (basis IN ('HISTORY', 'PEER_MEDIAN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per service an agency used in the history and was forecast from.
CREATE TABLE estimate_service (
	run_id BIGINT NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	zone VARCHAR(10) NOT NULL,
	urgency VARCHAR(3) NOT NULL,
	secrecy VARCHAR(1) NOT NULL,
	history_items INT NOT NULL,
	average_weight_g INT NOT NULL,
	method VARCHAR(500) NOT NULL,
	items DECIMAL(12, 2) NOT NULL,
	base_vnd BIGINT NOT NULL,
	review VARCHAR(500) NULL,
	PRIMARY KEY (run_id, agency_code, zone, urgency, secrecy),
	CONSTRAINT estimate_service_run_fk FOREIGN KEY (run_id) REFERENCES estimate_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consecutive months of a service priced alike: items x fee per item = amount, exactly;
-- a service's base_vnd is the sum of its amounts rounded half up.
CREATE TABLE estimate_price (
	run_id BIGINT NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	zone VARCHAR(10) NOT NULL,
	urgency VARCHAR(3) NOT NULL,
	secrecy VARCHAR(1) NOT NULL,
	from_month CHAR(7) NOT NULL,
	to_month CHAR(7) NOT NULL,
	tariff_version DATE NOT NULL,
	items DECIMAL(12, 2) NOT NULL,
	fee_per_item DECIMAL(14, 2) NOT NULL,
	amount DECIMAL(20, 4) NOT NULL,
	PRIMARY KEY (run_id, agency_code, zone, urgency, secrecy, from_month),
	CONSTRAINT estimate_price_run_fk FOREIGN KEY (run_id) REFERENCES estimate_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The backtest of a run: the year before estimated from the data before the same cut one
-- year earlier, compared with the post office's fees of that year's complete months.
CREATE TABLE estimate_backtest (
	run_id BIGINT NOT NULL PRIMARY KEY,
	year SMALLINT NOT NULL,
	history_from CHAR(7) NULL,
	history_to CHAR(7) NULL,
	compared_from CHAR(7) NULL,
	compared_to CHAR(7) NULL,
	compared_months INT NOT NULL,
	agencies INT NOT NULL,
	agencies_charged INT NOT NULL,
	agencies_within INT NOT NULL,
	within_percent DECIMAL(6, 2) NULL,
	mape DECIMAL(12, 2) NULL,
	smape DECIMAL(6, 2) NULL,
	estimate_vnd BIGINT NOT NULL,
	actual_vnd BIGINT NOT NULL,
	total_error_percent DECIMAL(12, 2) NULL,
	-- why there is no backtest, when there is none
	note VARCHAR(500) NULL,
	CONSTRAINT estimate_backtest_run_fk FOREIGN KEY (run_id) REFERENCES estimate_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE estimate_backtest_agency (
	run_id BIGINT NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	name VARCHAR(255) NOT NULL,
	level VARCHAR(10) NOT NULL,
	category VARCHAR(20) NOT NULL,
	basis VARCHAR(12) NOT NULL,
	estimate_vnd BIGINT NOT NULL,
	actual_vnd BIGINT NOT NULL,
	error_percent DECIMAL(12, 2) NULL,
	PRIMARY KEY (run_id, agency_code),
	CONSTRAINT estimate_backtest_agency_run_fk FOREIGN KEY (run_id) REFERENCES estimate_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
