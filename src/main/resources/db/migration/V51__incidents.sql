-- The incidents register (sổ sự cố): incidents and unusual situations the post office records,
-- imported from files (kt1 incidents import), reported to the People's Committee through the
-- Department of Science and Technology and counted in the reports.

CREATE TABLE incident_import (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	file_name VARCHAR(255) NOT NULL,
	sha256 CHAR(64) NOT NULL,
	rows_loaded INT NOT NULL,
	imported_at DATETIME(6) NOT NULL,
	imported_by VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One incident, identified by when, where, what kind and which item (blank: none named); a row
-- sent again with the same identity updates it (its handling, typically).
CREATE TABLE incident (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	occurred_at DATETIME NOT NULL,
	post_office_code CHAR(6) NOT NULL,
	barcode VARCHAR(13) NOT NULL DEFAULT '',
	secrecy VARCHAR(1) NOT NULL DEFAULT '',
	kind VARCHAR(10) NOT NULL,
	description VARCHAR(2000) NOT NULL,
	handling VARCHAR(2000) NULL,
	reported_to VARCHAR(500) NULL,
	import_id BIGINT NOT NULL,
	line BIGINT NOT NULL,
	recorded_at DATETIME(6) NOT NULL,
	updated_at DATETIME(6) NULL,
	CONSTRAINT incident_key_uk UNIQUE (occurred_at, post_office_code, kind, barcode),
	CONSTRAINT incident_import_fk FOREIGN KEY (import_id) REFERENCES incident_import (id),
	CONSTRAINT incident_kind_ck CHECK (kind IN ('THAT_LAC', 'HU_HONG', 'BOC_MO', 'CHAM', 'THU_GIU', 'KHAC')),
	CONSTRAINT incident_secrecy_ck CHECK (secrecy IN ('', 'A', 'B', 'C')),
	INDEX incident_time_ix (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
