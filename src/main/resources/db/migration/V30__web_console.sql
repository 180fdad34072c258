-- The web console: its accounts, who acted in admin_audit, acknowledged data checks, and the
-- indexes its pages page through.

-- One account per person. The password is a BCrypt hash; after repeated failed logins the
-- account is locked until locked_until.
CREATE TABLE web_user (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	username VARCHAR(60) NOT NULL,
	password_hash VARCHAR(100) NOT NULL,
	role VARCHAR(10) NOT NULL,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	failed_logins INT NOT NULL DEFAULT 0,
	locked_until DATETIME(6) NULL,
	created_at DATETIME(6) NOT NULL,
	password_changed_at DATETIME(6) NOT NULL,
	last_login_at DATETIME(6) NULL,
	CONSTRAINT web_user_username_uk UNIQUE (username),
	CONSTRAINT web_user_role_ck CHECK (role IN ('ADMIN', 'OPERATOR', 'FINANCE', 'VIEWER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The console's user who took the action (NULL: the command line, by os_user).
ALTER TABLE admin_audit ADD COLUMN web_user VARCHAR(60) NULL AFTER os_user;

-- A person has seen a WARNING data check and says so, with a note.
CREATE TABLE data_check_ack (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	check_id BIGINT NOT NULL,
	acknowledged_at DATETIME(6) NOT NULL,
	acknowledged_by VARCHAR(100) NOT NULL,
	note VARCHAR(1000) NOT NULL,
	CONSTRAINT data_check_ack_check_fk FOREIGN KEY (check_id) REFERENCES data_check (id),
	INDEX data_check_ack_check_ix (check_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An agency-month's exceptions and items, paged in the console.
CREATE INDEX reconcile_exception_sender_ix ON reconcile_exception (run_id, sender_code);
CREATE INDEX item_event_sender_ix ON item_event (sender_code, accepted_at);
-- executions filtered by status, newest first
CREATE INDEX batch_job_execution_status_ix ON BATCH_JOB_EXECUTION (STATUS, JOB_EXECUTION_ID);
CREATE INDEX data_check_override_check_ix ON data_check_override (check_id, overridden_for);
-- the overview's files of the last night
CREATE INDEX input_file_registered_ix ON input_file (registered_at);
