#!/usr/bin/env bash
# The year-end report at national scale: a year of generated inputs for the 34 provinces
# (about 10 million items), ingested and reconciled month by month, then reported, every
# JVM limited to the same heap. Prints each stage's wall time and the most heap it used (read
# from its GC log). Run from the project root:
#
#   jobs/year-end-report/national-run.sh [DIR] [STAGE]
#
# DIR (default target/national) holds the data directory, the logs and the report; it is
# made from nothing by the first stage. STAGE: all (default) | generate | ingest |
# reconcile | report, to run one stage again (each needs the stages before it done).
# Environment: YEAR (default 2025, a whole year), HEAP (default -Xmx1g), MONTHS (default
# "01 02 ... 12": the months the reconcile stage runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$(mkdir -p "${1:-target/national}" && cd "${1:-target/national}" && pwd)"
stage="${2:-all}"
year="${YEAR:-2025}"
heap="${HEAP:--Xmx1g}"
export KT1_DATA_DIR="$dir/data"
export KT1_JAVA_OPTS="$heap"
summary="$dir/summary.txt"

# timed NAME COMMAND...: runs a kt1 command with its output in DIR/NAME.log and its GC log
# in DIR/NAME-gc.log; prints and records its wall time and the most heap it used
timed() {
	local name="$1"
	shift
	rm -f "$dir/$name-gc.log"
	if ! KT1_JAVA_OPTS="$heap -Xlog:gc:file=$dir/$name-gc.log" /usr/bin/time -f "%e" -o "$dir/$name.time" "$@" \
		>"$dir/$name.log" 2>&1; then
		echo "national-run: $name failed, see $dir/$name.log" >&2
		tail -5 "$dir/$name.log" >&2
		exit 1
	fi
	# G1 lines end in "BEFORE M->AFTER M(COMMITTED M) TIME ms": the largest of each
	awk -v name="$name" -v seconds="$(cat "$dir/$name.time")" '
		{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+M->[0-9]+M\(/) { split($i, b, /M->|M\(/);
			if (b[1] + 0 > before) before = b[1] + 0; if (b[2] + 0 > after) after = b[2] + 0 } }
		END { printf "%-18s %8.1f s   heap: at most %4d MB in use, %4d MB live after a collection\n",
			name, seconds, before, after }' "$dir/$name-gc.log" | tee -a "$summary"
}

generate() {
	if [ -d "$KT1_DATA_DIR" ]; then
		echo "national-run: $KT1_DATA_DIR exists; remove it to start from nothing" >&2
		exit 1
	fi
	timed generate ./kt1 demo-data --national --from "$year-01" --to "$year-12" \
		--out "$KT1_DATA_DIR/inbox" --reference-out "$dir/reference"
	tail -1 "$dir/generate.log" | tee -a "$summary"
	timed reference ./kt1 reference import --sample "$dir/reference"
}

ingest() {
	timed ingest ./kt1 run ingest "businessDate=$((year + 1))-01-01"
	grep -E '^ingestJob|rows loaded' "$dir/ingest.log" | tee -a "$summary" || true
}

reconcile() {
	local month
	for month in ${MONTHS:-01 02 03 04 05 06 07 08 09 10 11 12}; do
		timed "reconcile-$year-$month" ./kt1 run reconcile "month=$year-$month" "asOf=$((year + 1))-03-01"
		grep -E '^reconcileJob' "$dir/reconcile-$year-$month.log" | tee -a "$summary" || true
	done
}

report() {
	rm -rf "$dir/reports"
	timed report ./kt1 report year-end "$year" --cutoff "$year-12-31" --out "$dir/reports"
	grep -E 'yearEndReportJob' "$dir/report.log" | grep -v -E 'INFO|WARN' | tee -a "$summary" || true
	ls -l "$dir/reports" | tail -n +2 | tee -a "$summary"
}

echo "national run in $dir, year $year, heap $heap" | tee -a "$summary"
case "$stage" in
	all) generate; ingest; reconcile; report ;;
	generate) generate ;;
	ingest) ingest ;;
	reconcile) reconcile ;;
	report) report ;;
	*) echo "national-run: unknown stage $stage (all, generate, ingest, reconcile, report)" >&2; exit 2 ;;
esac
