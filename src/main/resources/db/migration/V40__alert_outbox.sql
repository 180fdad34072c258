-- Alerts by e-mail. Every message is written to the outbox before anything is sent, then a
-- sender delivers it and marks it sent. An event is recorded at most once: the keys of the
-- events a message tells of are unique (alert_event), so detecting an event again (after a
-- crash, in a second process) records nothing.

-- created_at and sent_at are this application's local time, as the other tables' times;
-- next_attempt_at, claimed_until and handed_over_at are the database's clock (NOW(6)), the one
-- clock all senders share.
CREATE TABLE alert_outbox (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	-- what happened (JOB_FAILED, REFUSED_FILES, ...) and who is told (the topic's recipients)
	kind VARCHAR(30) NOT NULL,
	topic VARCHAR(20) NOT NULL,
	-- explicit recipients (kt1 alerts test); NULL: the topic's recipients when it is sent
	to_addresses VARCHAR(2000) NULL,
	subject VARCHAR(500) NOT NULL,
	body_text MEDIUMTEXT NOT NULL,
	body_html MEDIUMTEXT NOT NULL,
	-- the Message-ID header, the same on every attempt: a resend after an unknown outcome is detectable
	message_id VARCHAR(250) NOT NULL,
	created_at DATETIME(6) NOT NULL,
	status VARCHAR(12) NOT NULL,
	attempts INT NOT NULL DEFAULT 0,
	next_attempt_at DATETIME(6) NOT NULL,
	-- the kt1_process sending it now, and until when its claim holds at most
	claimed_by CHAR(36) NULL,
	claimed_until DATETIME(6) NULL,
	-- set just before the attempt ends the message's data: from then on the server may have it
	handed_over_at DATETIME(6) NULL,
	-- attempts made after one whose outcome was unknown (the sender died after handing it over)
	unknown_outcomes INT NOT NULL DEFAULT 0,
	sent_at DATETIME(6) NULL,
	sent_to VARCHAR(2000) NULL,
	last_error VARCHAR(2000) NULL,
	CONSTRAINT alert_outbox_message_uk UNIQUE (message_id),
	CONSTRAINT alert_outbox_status_ck CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD')),
	INDEX alert_outbox_due_ix (status, next_attempt_at),
	INDEX alert_outbox_created_ix (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The events each message tells of, e.g. job-execution:42, refused-file:17, digest:2026-11-24.
CREATE TABLE alert_event (
	event_key VARCHAR(200) NOT NULL PRIMARY KEY,
	outbox_id BIGINT NOT NULL,
	CONSTRAINT alert_event_outbox_fk FOREIGN KEY (outbox_id) REFERENCES alert_outbox (id),
	INDEX alert_event_outbox_ix (outbox_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files attached to a message, as they were when it was written (a later run may replace the file).
CREATE TABLE alert_attachment (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	outbox_id BIGINT NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	content_type VARCHAR(100) NOT NULL,
	content LONGBLOB NOT NULL,
	CONSTRAINT alert_attachment_outbox_fk FOREIGN KEY (outbox_id) REFERENCES alert_outbox (id),
	INDEX alert_attachment_outbox_ix (outbox_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
