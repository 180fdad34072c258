-- Reference lists kept by the Department of Science and Technology (INPUTS.md section 4).

CREATE TABLE reference_import (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind VARCHAR(20) NOT NULL,
	file_name VARCHAR(500) NOT NULL,
	sha256 CHAR(64) NOT NULL,
	rows_loaded INT NOT NULL,
	imported_at DATETIME(6) NOT NULL,
	imported_by VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agency (
	code CHAR(7) NOT NULL PRIMARY KEY,
	name VARCHAR(255) NOT NULL,
	level VARCHAR(10) NOT NULL,
	category VARCHAR(20) NOT NULL,
	province_code CHAR(2) NOT NULL,
	commune_code CHAR(5) NULL,
	valid_from DATE NULL,
	valid_to DATE NULL,
	import_id BIGINT NOT NULL,
	CONSTRAINT agency_province_fk FOREIGN KEY (province_code) REFERENCES province (code),
	CONSTRAINT agency_commune_fk FOREIGN KEY (commune_code) REFERENCES commune (code),
	CONSTRAINT agency_import_fk FOREIGN KEY (import_id) REFERENCES reference_import (id),
	CONSTRAINT agency_level_ck CHECK (level IN ('TINH', 'KHU_VUC', 'XA', 'DAC_BIET')),
	CONSTRAINT agency_validity_ck CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
	INDEX agency_province_ix (province_code, level, category)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE post_office (
	code CHAR(6) NOT NULL PRIMARY KEY,
	name VARCHAR(255) NOT NULL,
	commune_code CHAR(5) NOT NULL,
	import_id BIGINT NOT NULL,
	CONSTRAINT post_office_commune_fk FOREIGN KEY (commune_code) REFERENCES commune (code),
	CONSTRAINT post_office_import_fk FOREIGN KEY (import_id) REFERENCES reference_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per price component. Surcharges have zone '' and weight_from_g 0.
CREATE TABLE tariff_price (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	component VARCHAR(12) NOT NULL,
	zone VARCHAR(10) NOT NULL DEFAULT '',
	weight_from_g INT NOT NULL DEFAULT 0,
	weight_to_g INT NULL,
	extra_step_g INT NULL,
	extra_step_price_vnd BIGINT NULL,
	price_vnd BIGINT NOT NULL,
	vat_percent DECIMAL(5, 2) NOT NULL,
	valid_from DATE NOT NULL,
	valid_to DATE NULL,
	note VARCHAR(500) NULL,
	import_id BIGINT NOT NULL,
	CONSTRAINT tariff_price_key_uk UNIQUE (component, zone, weight_from_g, valid_from),
	CONSTRAINT tariff_price_import_fk FOREIGN KEY (import_id) REFERENCES reference_import (id),
	CONSTRAINT tariff_price_component_ck CHECK (component IN ('CUOC_CHINH', 'HT', 'HG', 'A', 'B', 'C')),
	CONSTRAINT tariff_price_amount_ck CHECK (price_vnd >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
