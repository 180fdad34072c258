-- Ingest: the registry of received files, their rejected rows, and the loaded data.

CREATE TABLE input_file (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind VARCHAR(12) NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	stored_path VARCHAR(1000) NULL,
	sha256 CHAR(64) NOT NULL,
	-- the hash again, but only for the one registration that owns the content (unique);
	-- NULL for a later copy of the same content, recorded as DUPLICATE
	content_key CHAR(64) NULL,
	duplicate_of BIGINT NULL,
	size_bytes BIGINT NOT NULL,
	status VARCHAR(12) NOT NULL,
	rows_read INT NOT NULL DEFAULT 0,
	rows_loaded INT NOT NULL DEFAULT 0,
	rows_rejected INT NOT NULL DEFAULT 0,
	reason VARCHAR(2000) NULL,
	business_date DATE NOT NULL,
	registered_at DATETIME(6) NOT NULL,
	started_at DATETIME(6) NULL,
	finished_at DATETIME(6) NULL,
	-- when the file left the inbox for processed/ or failed/
	archived_at DATETIME(6) NULL,
	job_execution_id BIGINT NOT NULL,
	CONSTRAINT input_file_content_uk UNIQUE (content_key),
	CONSTRAINT input_file_duplicate_fk FOREIGN KEY (duplicate_of) REFERENCES input_file (id),
	CONSTRAINT input_file_kind_ck CHECK (kind IN ('THROUGHPUT', 'USAGE', 'SPENDING')),
	CONSTRAINT input_file_status_ck CHECK (status IN ('PENDING', 'LOADED', 'REFUSED', 'DUPLICATE')),
	INDEX input_file_status_ix (status, kind),
	INDEX input_file_archive_ix (archived_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE input_reject (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	file_id BIGINT NOT NULL,
	line BIGINT NOT NULL,
	column_code VARCHAR(40) NULL,
	reason VARCHAR(1000) NOT NULL,
	-- the row as received, a JSON array in the template's column order
	raw_values MEDIUMTEXT NOT NULL,
	CONSTRAINT input_reject_file_fk FOREIGN KEY (file_id) REFERENCES input_file (id),
	INDEX input_reject_file_ix (file_id, line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per KT1 item per change of state, as the post office reported it.
CREATE TABLE item_event (
	file_id BIGINT NOT NULL,
	line BIGINT NOT NULL,
	barcode CHAR(13) NOT NULL,
	status VARCHAR(12) NOT NULL,
	status_rank TINYINT NOT NULL,
	accepted_at DATETIME NOT NULL,
	post_office_code CHAR(6) NOT NULL,
	sender_code VARCHAR(40) NOT NULL,
	receiver_code VARCHAR(40) NOT NULL,
	urgency VARCHAR(3) NOT NULL,
	secrecy VARCHAR(1) NOT NULL,
	item_type VARCHAR(4) NOT NULL,
	weight_g INT NOT NULL,
	fee_vnd BIGINT NOT NULL,
	due_at DATETIME NULL,
	delivered_at DATETIME NULL,
	sender_eligible BOOLEAN NOT NULL,
	PRIMARY KEY (file_id, line),
	INDEX item_event_barcode_ix (barcode, status_rank)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Monthly usage reports of agencies. A resubmission replaces the current report of the
-- agency and period; the earlier rows stay, with current = FALSE.
CREATE TABLE usage_report (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	file_id BIGINT NOT NULL,
	line BIGINT NOT NULL,
	agency_code CHAR(7) NOT NULL,
	period CHAR(7) NOT NULL,
	urgency VARCHAR(3) NOT NULL,
	items INT NOT NULL,
	amount_vnd BIGINT NOT NULL,
	current BOOLEAN NOT NULL,
	replaced_by_file_id BIGINT NULL,
	CONSTRAINT usage_report_file_fk FOREIGN KEY (file_id) REFERENCES input_file (id),
	INDEX usage_report_period_ix (period, agency_code, current)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Payment vouchers from accounting or the treasury.
CREATE TABLE payment_voucher (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	file_id BIGINT NOT NULL,
	line BIGINT NOT NULL,
	voucher_no VARCHAR(50) NOT NULL,
	voucher_date DATE NOT NULL,
	agency_code CHAR(7) NOT NULL,
	period CHAR(7) NOT NULL,
	sub_item CHAR(4) NOT NULL,
	amount_vnd BIGINT NOT NULL,
	content VARCHAR(500) NULL,
	CONSTRAINT payment_voucher_uk UNIQUE (agency_code, voucher_no),
	CONSTRAINT payment_voucher_file_fk FOREIGN KEY (file_id) REFERENCES input_file (id),
	INDEX payment_voucher_period_ix (period, agency_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
