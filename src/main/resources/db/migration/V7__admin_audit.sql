-- Every administrative action: when, who (OS user), what, on what, why, and how it ended.
CREATE TABLE admin_audit (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	at DATETIME(6) NOT NULL,
	os_user VARCHAR(100) NOT NULL,
	action VARCHAR(40) NOT NULL,
	target VARCHAR(200) NOT NULL,
	reason VARCHAR(1000) NULL,
	result VARCHAR(2000) NOT NULL,
	INDEX admin_audit_at_ix (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
