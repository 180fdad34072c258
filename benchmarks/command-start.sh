#!/usr/bin/env bash
# How long a kt1 command takes to answer, against a bare JVM running a hello-world class
# measured in the same run: the median of RUNS runs of each, and the ratio.
#   benchmarks/command-start.sh [RUNS]        (default 5)
# With KT1_DATA_DIR pointing at a data directory whose server runs (kt1 serve), the read-only
# admin commands are measured too (KT1_READ_ONLY=1).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello {
	public static void main(String[] args) {
		System.out.println("hello");
	}
}
JAVA
javac -d "$work" "$work/Hello.java"
"$here/kt1" --version > /dev/null # builds the jar first when the sources are newer

# median wall time in milliseconds of running the command RUNS times
median() {
	local times=()
	for _ in $(seq 1 "$runs"); do
		local start end
		start=$(date +%s%N)
		"$@" > /dev/null 2>&1 || true
		end=$(date +%s%N)
		times+=($(((end - start) / 1000000)))
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

hello=$(median java -cp "$work" Hello)
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'); runs: $runs (medians)"
printf '%-28s %8s ms\n' "java Hello (reference)" "$hello"
report() {
	local label="$1"
	shift
	local ms
	ms=$(median "$@")
	printf '%-28s %8s ms  %6.1f x reference\n' "$label" "$ms" "$(awk -v a="$ms" -v b="$hello" 'BEGIN { print a / b }')"
}
report "kt1 --version" "$here/kt1" --version
report "kt1 --help" "$here/kt1" --help
if [ "${KT1_READ_ONLY:-0}" = "1" ]; then
	report "kt1 executions" "$here/kt1" executions
	report "kt1 checks" "$here/kt1" checks
	report "kt1 schedules" "$here/kt1" schedules
fi
