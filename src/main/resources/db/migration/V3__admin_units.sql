-- Vietnam's provinces and commune-level units in force since 1 July 2025 (official codes).
CREATE TABLE province (
	code CHAR(2) NOT NULL PRIMARY KEY,
	name VARCHAR(100) NOT NULL,
	type VARCHAR(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE commune (
	code CHAR(5) NOT NULL PRIMARY KEY,
	province_code CHAR(2) NOT NULL,
	name VARCHAR(100) NOT NULL,
	type VARCHAR(20) NOT NULL,
	CONSTRAINT commune_province_fk FOREIGN KEY (province_code) REFERENCES province (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
