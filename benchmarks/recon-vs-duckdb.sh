#!/usr/bin/env bash
# Whole-process benchmark: sdk-recon (the `openbroker recon` command, -Xmx512m) against DuckDB doing
# the equivalent FULL OUTER JOIN classification on the same pair of files, side by side.
#
#   mvn -B -DskipTests package -pl examples,benchmarks -am
#   benchmarks/recon-vs-duckdb.sh 1000000 10000000      # rows per side; files cached in $WORK
#
# Prints wall time and peak RSS (from /usr/bin/time -v) of each process, and both class counts.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/openbroker-recon-bench}
HEAP=${HEAP:-512m}
THREADS=${THREADS:-$(nproc)}
# DuckDB's own memory limit (it ignores -Xmx: its memory is native). At 512MB it fails with
# "Out of Memory" even on the 1M-row pair, so it gets more, and its peak RSS is reported.
DUCKDB_MEMORY=${DUCKDB_MEMORY:-4GB}
CLI=examples/target/openbroker.jar
BENCH=benchmarks/target/benchmarks.jar
for jar in "$CLI" "$BENCH"; do
  [[ -f $jar ]] || { echo "missing $jar: mvn -B -DskipTests package -pl examples,benchmarks -am" >&2; exit 1; }
done

measure() { # label, command...: runs it under /usr/bin/time -v; echoes "wall_s max_rss_mb cpu_s"
  local label=$1; shift
  /usr/bin/time -v "$@" >"$DIR/$label.out" 2>"$DIR/$label.err"
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$DIR/$label.err" | awk '{print $NF}' \
    | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$DIR/$label.err" | awk '{printf "%.0f", $NF/1024}')
  cpu=$(grep -E '(User|System) time' "$DIR/$label.err" | awk '{s += $NF} END {printf "%.1f", s}')
  echo "$wall $rss $cpu"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-8s %10s %12s %8s\n' rows engine wall_s peak_rss_MB cpu_s
for ROWS in "$@"; do
  DIR=$WORK/$ROWS
  mkdir -p "$DIR"
  if [[ ! -f $DIR/broker.csv ]]; then
    java -cp "$BENCH" io.openbroker.benchmarks.GenerateReconFiles "$ROWS" 42 "$DIR"
  fi
  rm -rf "$DIR/recon-out" "$DIR/duckdb-out"
  read -r w1 r1 c1 < <(measure recon java -Xmx"$HEAP" -jar "$CLI" recon --bank "$DIR/bank.csv" \
    --broker "$DIR/broker.csv" --date 2026-11-20 --out "$DIR/recon-out" --threads "$THREADS")
  printf '%-10s %-8s %10s %12s %8s\n' "$ROWS" recon "$w1" "$r1" "$c1"
  read -r w2 r2 c2 < <(measure duckdb java -Xmx"$HEAP" -cp "$BENCH" io.openbroker.benchmarks.DuckDbRecon \
    "$DIR/bank.csv" "$DIR/broker.csv" 2026-11-20 "$DIR/duckdb-out" "$THREADS" "$DUCKDB_MEMORY")
  printf '%-10s %-8s %10s %12s %8s\n' "$ROWS" duckdb "$w2" "$r2" "$c2"
  echo "  injected discrepancies: $(($(wc -l < "$DIR/expected.csv") - 1))"
  echo "  recon:  $(tail -1 "$DIR/recon.out")"
  echo "  duckdb: $(tr '\n' ' ' < "$DIR/duckdb.out")"
done
