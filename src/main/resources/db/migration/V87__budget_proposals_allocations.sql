-- Agencies' own proposals for next year's KT1 budget (đề xuất dự toán) and the budgets the
-- authority allocated (dự toán được giao, by decision), from files in the inbox or
-- kt1 budget import. Each import is all or nothing; a row sent again replaces its figure.
ALTER TABLE input_file
	DROP CONSTRAINT input_file_kind_ck,
	ADD CONSTRAINT input_file_kind_ck
		CHECK (kind IN ('THROUGHPUT', 'USAGE', 'SPENDING', 'INCIDENTS', 'PROPOSALS', 'ALLOCATIONS'));

CREATE TABLE budget_import (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind VARCHAR(12) NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	sha256 CHAR(64) NOT NULL,
	rows_stored INT NOT NULL,
	imported_at DATETIME(6) NOT NULL,
	imported_by VARCHAR(200) NOT NULL,
	CONSTRAINT budget_import_kind_ck CHECK (kind IN ('PROPOSALS', 'ALLOCATIONS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE budget_proposal (
	agency_code VARCHAR(40) NOT NULL,
	budget_year SMALLINT NOT NULL,
	amount_vnd BIGINT NOT NULL,
	note VARCHAR(1000) NULL,
	import_id BIGINT NOT NULL,
	line BIGINT NOT NULL,
	PRIMARY KEY (agency_code, budget_year),
	CONSTRAINT budget_proposal_import_fk FOREIGN KEY (import_id) REFERENCES budget_import (id),
	CONSTRAINT budget_proposal_amount_ck CHECK (amount_vnd >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE budget_allocation (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	agency_code VARCHAR(40) NOT NULL,
	budget_year SMALLINT NOT NULL,
	sub_item CHAR(4) NOT NULL,
	decision_no VARCHAR(50) NOT NULL,
	decision_date DATE NOT NULL,
	amount_vnd BIGINT NOT NULL,
	import_id BIGINT NOT NULL,
	line BIGINT NOT NULL,
	CONSTRAINT budget_allocation_key UNIQUE (agency_code, budget_year, sub_item, decision_no),
	CONSTRAINT budget_allocation_import_fk FOREIGN KEY (import_id) REFERENCES budget_import (id),
	INDEX budget_allocation_year_ix (budget_year, agency_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
