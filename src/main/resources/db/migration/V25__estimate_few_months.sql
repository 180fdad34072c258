-- An agency with items but too few months and no peers to lean on is estimated from its own
-- months carried over the year (FEW_MONTHS), marked for review; the run counts them.

ALTER TABLE estimate_agency DROP CONSTRAINT estimate_agency_basis_ck;

ALTER TABLE estimate_agency ADD CONSTRAINT estimate_agency_basis_ck
	CHECK (basis IN ('HISTORY', 'PEER_MEDIAN', 'FEW_MONTHS'));

ALTER TABLE estimate_run ADD COLUMN few_month_agencies INT NULL AFTER peer_agencies;
