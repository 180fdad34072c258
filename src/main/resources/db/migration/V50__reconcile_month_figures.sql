-- Figures the reports read for each month, computed by reconcileJob in the same pass over the
-- month's items and kept with its run, so that a report never reads the items themselves.

-- Items per accepting post office, service, secrecy and item type, with those lost and returned.
CREATE TABLE reconcile_item_split (
	run_id BIGINT NOT NULL,
	post_office_code CHAR(6) NOT NULL,
	urgency VARCHAR(3) NOT NULL,
	secrecy VARCHAR(1) NOT NULL,
	item_type VARCHAR(4) NOT NULL,
	items INT NOT NULL,
	fees_vnd BIGINT NOT NULL,
	lost INT NOT NULL,
	returned INT NOT NULL,
	PRIMARY KEY (run_id, post_office_code, urgency, secrecy, item_type),
	CONSTRAINT reconcile_item_split_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Continuity: the month's items per accepting post office by the kind of day they were
-- accepted on, and by the kind of day they were delivered on; those at night besides.
CREATE TABLE reconcile_continuity (
	run_id BIGINT NOT NULL,
	post_office_code CHAR(6) NOT NULL,
	day_kind VARCHAR(12) NOT NULL,
	accepted INT NOT NULL,
	accepted_night INT NOT NULL,
	delivered INT NOT NULL,
	delivered_night INT NOT NULL,
	PRIMARY KEY (run_id, post_office_code, day_kind),
	CONSTRAINT reconcile_continuity_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id),
	CONSTRAINT reconcile_continuity_kind_ck CHECK (day_kind IN ('WORKING_DAY', 'SATURDAY', 'SUNDAY', 'HOLIDAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The days of the month on which each post office accepted at least one item.
CREATE TABLE reconcile_office_day (
	run_id BIGINT NOT NULL,
	post_office_code CHAR(6) NOT NULL,
	day DATE NOT NULL,
	accepted INT NOT NULL,
	PRIMARY KEY (run_id, post_office_code, day),
	CONSTRAINT reconcile_office_day_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
