#!/usr/bin/env bash
# The web console's pages at national scale: one month of generated inputs for the 34
# provinces (18,612 agencies, 1,150 post offices, about 900,000 items) is ingested and
# reconciled, then kt1 serve runs on a free port and each page is fetched 5 times, signed in
# as an administrator; prints the median time of each page (and its HTTP status), and the
# query plans of the largest tables' pages. Run from the project root:
#
#   docs/console-national-pages.sh [DIR]
#
# DIR (default target/console-national) keeps the data between runs: a second run only
# measures. Environment: MONTH (default 2025-07).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mkdir -p "${1:-target/console-national}" && cd "${1:-target/console-national}" && pwd)"
month="${MONTH:-2025-07}"
export KT1_DATA_DIR="$dir/data"
export KT1_JAVA_OPTS="${KT1_JAVA_OPTS:--Xmx1g}"
password='console national 1'

if [ ! -f "$dir/loaded" ]; then
	echo "generating, importing, ingesting and reconciling $month for the 34 provinces..."
	./kt1 demo-data --national --from "$month" --to "$month" --out "$KT1_DATA_DIR/inbox" \
		--reference-out "$dir/reference" >"$dir/generate.log" 2>&1
	./kt1 reference import --sample "$dir/reference" >"$dir/reference.log" 2>&1
	./kt1 run ingest "businessDate=$month-28" >"$dir/ingest.log" 2>&1
	./kt1 run reconcile "month=$month" >"$dir/reconcile.log" 2>&1
	printf '%s\n' "$password" | ./kt1 user add bench.admin --role ADMIN >"$dir/user.log" 2>&1
	touch "$dir/loaded"
fi
tail -1 "$dir/generate.log"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SERVER_PORT=$port ./kt1 serve >"$dir/serve.log" 2>&1 &
serve=$!
trap 'kill "$serve" 2>/dev/null; wait "$serve" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	grep -q "web console on" "$dir/serve.log" && break
	sleep 1
done
base="http://127.0.0.1:$port"
jar="$dir/cookies.txt"
rm -f "$jar"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=bench.admin" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
db=$(cat "$KT1_DATA_DIR/mariadb/data.port")
sql() {
	mysql --protocol=tcp -h127.0.0.1 -P"$db" -uroot kt1 -N -e "$1"
}
agency=$(sql "SELECT a.agency_code FROM reconcile_agency a JOIN reconcile_run r ON r.id = a.run_id WHERE r.current \
	AND r.month = '$month' ORDER BY a.po_items DESC LIMIT 1")

echo "pages ($(sql "SELECT COUNT(*) FROM agency") agencies, $(sql "SELECT COUNT(*) FROM item_event") item events,\
 $(sql "SELECT COUNT(*) FROM input_file") files), median of 5 fetches:"
for page in "/" "/executions" "/files" "/files?status=REFUSED" "/reconcile" "/reconcile/$month" \
	"/reconcile/$month?flag=UNPAID&level=XA" "/reconcile/$month?page=370" "/reconcile/$month/agency/$agency" \
	"/checks" "/quality" "/reference/agencies" "/reference/agencies?page=372" \
	"/reference/agencies?search=%E1%BB%A6y%20ban" "/reference/post-offices" "/audit"; do
	status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base$page")
	median=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$page"; done \
		| sort -n | sed -n 3p)
	printf '  %-50s %s %6.0f ms\n' "$page" "$status" "$(echo "$median * 1000" | bc)"
done

run=$(sql "SELECT id FROM reconcile_run WHERE current AND month = '$month'")
echo "query plans:"
sql "EXPLAIN SELECT a.agency_code FROM reconcile_agency a LEFT JOIN agency g ON g.code = a.agency_code \
	WHERE a.run_id = $run AND FIND_IN_SET('UNPAID', a.flags) > 0 AND g.level = 'XA' ORDER BY a.agency_code LIMIT 50 OFFSET 0" \
	| sed 's/^/  agencies of a month: /'
sql "EXPLAIN SELECT * FROM item_event WHERE sender_code = '$agency' AND accepted_at >= '$month-01' \
	AND accepted_at < '$month-01' + INTERVAL 1 MONTH ORDER BY accepted_at LIMIT 50" | sed 's/^/  items of an agency-month: /'
sql "EXPLAIN SELECT * FROM reconcile_exception WHERE run_id = $run AND sender_code = '$agency' ORDER BY accepted_at \
	LIMIT 50" | sed 's/^/  exceptions of an agency-month: /'
sql "EXPLAIN SELECT id FROM input_file WHERE status = 'REFUSED' ORDER BY id DESC LIMIT 50" | sed 's/^/  files refused: /'
