-- Weight bands are stored in the official style: a band holds the weights above its
-- weight_from_g up to its weight_to_g ("trên 50 g đến 100 g"). Earlier versions stored a
-- tariff written in whole grams inclusive (1-50, 51-100) as it was written, leaving 51 g and
-- 101 g without a price. Such bands move one gram down: a band from 1 g, and a band that
-- starts one gram after another band of its zone ends (valid on a common day) while no band
-- of the zone ends where it starts. A band whose lower neighbour is already stored at the
-- target weight is left as it is (the next tariff import names the overlap).

CREATE TEMPORARY TABLE tariff_band_inclusive AS
SELECT a.id
FROM tariff_price a
WHERE a.component = 'CUOC_CHINH'
	AND a.weight_from_g >= 1
	AND (a.weight_from_g = 1 OR EXISTS (
		SELECT 1 FROM tariff_price b
		WHERE b.component = 'CUOC_CHINH' AND b.zone = a.zone AND b.id <> a.id
			AND b.weight_to_g = a.weight_from_g - 1
			AND b.valid_from <= COALESCE(a.valid_to, '9999-12-31')
			AND a.valid_from <= COALESCE(b.valid_to, '9999-12-31')))
	AND NOT EXISTS (
		SELECT 1 FROM tariff_price c
		WHERE c.component = 'CUOC_CHINH' AND c.zone = a.zone AND c.id <> a.id
			AND c.weight_to_g = a.weight_from_g
			AND c.valid_from <= COALESCE(a.valid_to, '9999-12-31')
			AND a.valid_from <= COALESCE(c.valid_to, '9999-12-31'))
	AND NOT EXISTS (
		SELECT 1 FROM tariff_price d
		WHERE d.component = 'CUOC_CHINH' AND d.zone = a.zone AND d.valid_from = a.valid_from
			AND d.weight_from_g = a.weight_from_g - 1);

-- lowest first, so that a band moves into the place the band below it has just left
UPDATE tariff_price SET weight_from_g = weight_from_g - 1
WHERE id IN (SELECT id FROM tariff_band_inclusive)
ORDER BY weight_from_g;

DROP TEMPORARY TABLE tariff_band_inclusive;
