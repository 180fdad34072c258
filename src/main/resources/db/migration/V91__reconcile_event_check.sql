-- What a month's data checks find in its item events, counted by the reconciliation in its one
-- pass over them (the checks step reads it, so the events are read once per run).
CREATE TABLE reconcile_event_check (
	run_id BIGINT NOT NULL PRIMARY KEY,
	-- items with a state reported more than once
	duplicated_states INT NOT NULL,
	-- items with an event from a post office not on the list
	unknown_offices INT NOT NULL,
	-- items whose sender was not eligible
	ineligible_senders INT NOT NULL,
	-- events accepted after the run's day or delivered before acceptance
	bad_times INT NOT NULL,
	-- items over 30 kg or without a fee
	bad_values INT NOT NULL,
	CONSTRAINT reconcile_event_check_run_fk FOREIGN KEY (run_id) REFERENCES reconcile_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
