-- The recipients of an alert topic as an administrator set them in the web console. A topic
-- without a row here has the recipients of the configuration (kt1.alerts.recipients.<topic>).
CREATE TABLE alert_recipients (
	topic      VARCHAR(16)   NOT NULL PRIMARY KEY,
	addresses  VARCHAR(4000) NOT NULL COMMENT 'one address per line; empty: nobody (messages are held)',
	updated_by VARCHAR(100)  NOT NULL,
	updated_at DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
