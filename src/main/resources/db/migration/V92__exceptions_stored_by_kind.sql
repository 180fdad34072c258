-- A run's exceptions stored together kind by kind: the year-end report reads one kind of the
-- year's runs at a time (the items off the tariff, from senders not on the list, lost), and a
-- national year holds some three million exceptions, nearly all of them late items. With the
-- rows in the order they were written, each kind's rows lay scattered over the whole table
-- (docs/performance.md). The id stays unique.
ALTER TABLE reconcile_exception
	DROP PRIMARY KEY,
	ADD PRIMARY KEY (run_id, kind, id),
	ADD UNIQUE KEY reconcile_exception_id_uk (id),
	DROP INDEX reconcile_exception_run_ix;
