-- Each agency's 80 % interval of its forecast cost (before contingency), from the backtest's
-- errors; the backtest keeps the percentiles it used and their cross-fitted coverage.

ALTER TABLE estimate_agency
	ADD COLUMN interval_low_vnd BIGINT NULL AFTER base_vnd,
	ADD COLUMN interval_high_vnd BIGINT NULL AFTER interval_low_vnd;

ALTER TABLE estimate_backtest
	ADD COLUMN interval_low_z DECIMAL(12, 6) NULL,
	ADD COLUMN interval_high_z DECIMAL(12, 6) NULL,
	ADD COLUMN interval_coverage DECIMAL(6, 2) NULL,
	ADD COLUMN interval_agencies INT NULL;
