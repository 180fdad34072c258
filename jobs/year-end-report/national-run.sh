#!/usr/bin/env bash
# The year-end report at national scale: a year of generated inputs for the 34 provinces
# (about 10 million items), ingested and reconciled month by month, then reported, every
# JVM limited to the same heap. Prints each stage's wall time and the most heap it used (read
# from its GC log), the reference measured in the same run on the same database (the year's
# throughput rows as one canonical CSV, loaded with LOAD DATA LOCAL INFILE into a scratch
# table like item_event, before the ingest), each stage's ratio to it against its goal, and
# whether the report's totals equal the sum of the months' runs. Run from the project root:
#
#   jobs/year-end-report/national-run.sh [DIR] [STAGE...]
#
# DIR (default target/national) holds the data directory, the logs and the report; it is
# made from nothing by the first stage. STAGE: all (default: every stage below in order) |
# generate | bulk-load | ingest | reconcile | report | ratios | check, to run stages again
# (each needs the stages before it done; bulk-load reads the inbox, so it comes before ingest).
# Environment: YEAR (default 2025, a whole year), HEAP (default -Xmx1g), MONTHS (default
# "01 02 ... 12": the months the reconcile stage runs), RERUN (a reason: the reconcile stage
# runs months already reconciled again, as `kt1 run reconcile ... --rerun --reason RERUN`).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$(mkdir -p "${1:-target/national}" && cd "${1:-target/national}" && pwd)"
shift || true
stage="${*:-all}"
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

bulk-load() {
	timed bulk-load ./kt1 benchmark-load-reference --figures "$dir/reference.figures"
	grep -E '^(canonical|LOAD DATA|  [0-9]{4}-[0-9]{2} )' "$dir/bulk-load.log" | tee -a "$summary"
}

ingest() {
	timed ingest ./kt1 run ingest "businessDate=$((year + 1))-01-01"
	grep -E '^ingestJob|rows loaded' "$dir/ingest.log" | tee -a "$summary" || true
}

reconcile() {
	local month
	for month in ${MONTHS:-01 02 03 04 05 06 07 08 09 10 11 12}; do
		timed "reconcile-$year-$month" ./kt1 run reconcile "month=$year-$month" "asOf=$((year + 1))-03-01" \
			${RERUN:+--rerun --reason "$RERUN"}
		grep -E '^reconcileJob' "$dir/reconcile-$year-$month.log" | tee -a "$summary" || true
	done
}

report() {
	rm -rf "$dir/reports"
	timed report ./kt1 report year-end "$year" --cutoff "$year-12-31" --out "$dir/reports"
	grep -E 'yearEndReportJob' "$dir/report.log" | grep -v -E 'INFO|WARN' | tee -a "$summary" || true
	ls -l "$dir/reports" | tail -n +2 | tee -a "$summary"
}

check() {
	local result=0
	./kt1 report check-totals "$year" --annex "$dir/reports/phu-luc-kt1-$year.xlsx" >"$dir/check.log" 2>&1 || result=$?
	echo "correctness: the report's totals against the sum of the months' current runs" | tee -a "$summary"
	sed 's/^/  /' "$dir/check.log" | tee -a "$summary"
	return "$result"
}

# ratios: each stage against the reference (from the files the stages left in DIR), each
# against its goal; wall times, JVM start included
ratios() {
	local figures="$dir/reference.figures"
	if [ ! -f "$figures" ]; then
		echo "national-run: no reference measured ($figures): run the bulk-load stage before ingest" >&2
		return 1
	fi
	{
		echo "ingest rows loaded $(grep -E 'rows loaded' "$dir/ingest.log" 2>/dev/null | tail -1 | tr -dc '0-9')"
		for name in ingest report $(cd "$dir" && ls reconcile-*.time 2>/dev/null | sed 's/\.time$//'); do
			# a stage still running has an empty time file
			[ -s "$dir/$name.time" ] && echo "time $name $(cat "$dir/$name.time")"
			grep -o -E 'COMPLETED in [0-9.]+ s' "$dir/$name.log" 2>/dev/null | tail -1 | sed "s/^COMPLETED in /job $name /; s/ s\$//" || true
		done
		cat "$figures"
	} | awk -v year="$year" '
		$1 == "rows" { rows = $2 } $1 == "seconds" { ref = $2 } $1 == "month" { month[$2] = $3 }
		$1 == "ingest" && $3 == "loaded" { loaded = $4 } $1 == "time" { time[$2] = $3 } $1 == "job" { job[$2] = $3 }
		function verdict(ok) { return ok ? "met" : "NOT met" }
		END {
			printf "reference: LOAD DATA LOCAL INFILE of %d throughput rows into a table like item_event %.1f s = %.0f rows/s\n", rows, ref, rows / ref
			if ("ingest" in time && loaded > 0) {
				r = (loaded / time["ingest"]) / (rows / ref)
				printf "ingest     %8.1f s  %d rows = %.0f rows/s  ratio to the reference %.2f (goal >= 0.8: %s)", time["ingest"], loaded, loaded / time["ingest"], r, verdict(r >= 0.8)
				if ("ingest" in job) printf "; the job alone %.1f s, ratio %.2f", job["ingest"], (loaded / job["ingest"]) / (rows / ref)
				printf "\n"
				total += time["ingest"]; stages = "ingest"
			}
			for (m = 1; m <= 12; m++) {
				key = sprintf("%s-%02d", year, m); name = "reconcile-" key
				if (!(name in time)) continue
				share = ref * month[key] / rows; r = time[name] / share
				printf "reconcile %s %6.1f s  its %d rows bulk-load in %.1f s  ratio %.2f (goal <= 0.5: %s)", key, time[name], month[key], share, r, verdict(r <= 0.5)
				if (name in job) printf "; the job alone %.1f s, ratio %.2f", job[name], job[name] / share
				printf "\n"
				total += time[name]; done++
			}
			if (done > 0) stages = stages ", " done " reconciles"
			if ("report" in time) {
				printf "year-end report %5.1f s  (goal <= 30 s: %s)\n", time["report"], verdict(time["report"] <= 30)
				total += time["report"]; stages = stages ", report"
			}
			if (stages == "") exit
			whole = ("ingest" in time) && done == 12 && ("report" in time)
			printf "%s (%s): %.1f s = %.2f x the reference (goal <= 2.5 x = %.1f s: %s)\n", whole ? "inbox to report" : "stages done so far", stages, total, total / ref, 2.5 * ref, whole ? verdict(total <= 2.5 * ref) : "not all stages done"
		}' | tee -a "$summary"
}

echo "national run in $dir, year $year, heap $heap, stages ${stage}; $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$summary"
[ "$stage" = all ] && stage="generate bulk-load ingest reconcile report ratios check"
for one in $stage; do
	case "$one" in
		generate | bulk-load | ingest | reconcile | report | check | ratios) "$one" ;;
		*) echo "national-run: unknown stage $one (all, generate, bulk-load, ingest, reconcile, report, check, ratios)" >&2; exit 2 ;;
	esac
done
