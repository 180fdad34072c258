-- Ingest on data it has never seen: files ordered by event time, refused content that may
-- come back, paths of any length, files waiting in the inbox with their reason.

ALTER TABLE input_file
	MODIFY file_name VARCHAR(500) NOT NULL,
	MODIFY stored_path VARCHAR(4096) NULL,
	-- a link or an unreadable file is refused before its content is read
	MODIFY sha256 CHAR(64) NULL,
	-- a throughput file's time: the latest acceptance or delivery time in it
	ADD COLUMN event_time DATETIME NULL AFTER business_date,
	-- the file's size and modification time (microseconds since 1970-01-01 UTC, so that processes
	-- in any time zone agree) when it was taken: a file that changes after is refused
	ADD COLUMN modified_us BIGINT NULL AFTER size_bytes,
	-- rows already stored from other files (the same state of the same item): neither loaded again nor rejected
	ADD COLUMN rows_known INT NOT NULL DEFAULT 0 AFTER rows_rejected,
	-- how often loading the file was started (with others, or alone), and how often the process
	-- stopped while it was the file being loaded; a file that stopped the loader repeatedly is refused
	ADD COLUMN load_attempts INT NOT NULL DEFAULT 0 AFTER rows_known,
	ADD COLUMN load_crashes INT NOT NULL DEFAULT 0 AFTER load_attempts,
	-- the name the file arrived under, when it had to be renamed to be readable (not UTF-8)
	ADD COLUMN original_name VARCHAR(1000) NULL AFTER file_name,
	-- why the file could not be moved out of the inbox, when it could not
	ADD COLUMN archive_error VARCHAR(1000) NULL AFTER archived_at,
	ADD INDEX input_file_path_ix (stored_path(255)),
	-- the incidents register may come through the inbox too
	DROP CONSTRAINT input_file_kind_ck,
	ADD CONSTRAINT input_file_kind_ck CHECK (kind IN ('THROUGHPUT', 'USAGE', 'SPENDING', 'INCIDENTS')),
	ADD INDEX input_file_order_ix (status, kind, event_time);

-- Only loaded content counts as seen: a refused file may be sent again unchanged.
UPDATE input_file SET content_key = NULL WHERE status = 'REFUSED';

UPDATE input_file f SET event_time = (
	SELECT MAX(GREATEST(e.accepted_at, COALESCE(e.delivered_at, e.accepted_at))) FROM item_event e
	WHERE e.file_id = f.id)
WHERE f.kind = 'THROUGHPUT' AND f.status = 'LOADED';

-- Files in the inbox that are not taken yet: still being written (in-progress name, or
-- changed within the quiet period). Rewritten by every ingest run.
CREATE TABLE inbox_waiting (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind VARCHAR(12) NOT NULL,
	path VARCHAR(4096) NOT NULL,
	reason VARCHAR(500) NOT NULL,
	size_bytes BIGINT NULL,
	modified_us BIGINT NULL,
	seen_at DATETIME(6) NOT NULL,
	job_execution_id BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
