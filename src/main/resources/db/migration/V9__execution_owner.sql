-- Which process runs each job execution, so that an execution left running by a process that
-- died can be told apart from one that another live process (a serve, a kt1 run) is running.

-- One row per kt1 process that has run a job, with a heartbeat written every few seconds.
CREATE TABLE kt1_process (
	id CHAR(36) NOT NULL PRIMARY KEY,
	host VARCHAR(255) NOT NULL,
	pid BIGINT NOT NULL,
	-- when the operating system started the process (epoch ms), so a reused pid is not taken for it
	pid_started_ms BIGINT NULL,
	registered_at DATETIME(6) NOT NULL,
	heartbeat_at DATETIME(6) NOT NULL,
	INDEX kt1_process_heartbeat_ix (heartbeat_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The process of each running job execution; the row goes when the execution ends.
CREATE TABLE job_execution_owner (
	job_execution_id BIGINT NOT NULL PRIMARY KEY,
	process_id CHAR(36) NOT NULL,
	INDEX job_execution_owner_process_ix (process_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
