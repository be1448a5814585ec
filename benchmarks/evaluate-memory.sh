#!/usr/bin/env bash
# evaluate in bounded memory: writes a city plan and ROWS synthetic observation rows (CSV; default 10^6 and 10^7),
# then runs `plan-indicators evaluate` on them in a fresh JVM with -Xmx256m, and beside it, on the same file in the
# same run, `validate` (the reader alone: the floor evaluate cannot go below). Reports wall time and peak RSS
# (/usr/bin/time -v), the largest heap after a collection (GC log), the exit code and the progress lines. Needs
# cli/target/plan-indicators.jar and benchmarks/target/benchmarks.jar (mvn -B -DskipTests package). BEFORE=JAR also
# runs `evaluate` from JAR, a command-line jar built from an earlier commit, as "evaluate (before)": the peer.
# Usage: benchmarks/evaluate-memory.sh [ROWS...]   (files in benchmarks/target/evaluate-memory/, deleted unless KEEP=1)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=cli/target/plan-indicators.jar
bench=benchmarks/target/benchmarks.jar
for jar in "$cli" "$bench"; do
  [ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package ($jar is missing)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time for the peak RSS" >&2; exit 2; }
dir=benchmarks/target/evaluate-memory
mkdir -p "$dir"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000000 10000000)
heap=${HEAP:-256m}
echo "# $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) CPUs, load: $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -1)"
echo "| rows | file MB | command | -Xmx | exit | wall s | peak RSS MiB | max heap after GC MiB | last progress line |"
echo "|---:|---:|---|---|---:|---:|---:|---:|---|"
for rows in "${counts[@]}"; do
  java -cp "$bench" org.planindicators.benchmarks.EvaluateData "$dir" "$rows" > /dev/null
  obs="$dir/observations-$rows.csv"
  mb=$(( $(stat -c %s "$obs") / 1048576 ))
  cmds=(validate evaluate)
  [ -z "${BEFORE:-}" ] || cmds+=(before)
  for cmd in "${cmds[@]}"; do
    jar=$cli
    if [ "$cmd" = before ]; then
      jar=$BEFORE
      args=(evaluate "$dir/plan-plain.json" -o "$obs" --year 2024 --format json)
    elif [ "$cmd" = evaluate ]; then
      args=(evaluate "$dir/plan.json" -o "$obs" --year 2024 --format json --progress)
    else
      args=(validate "$dir/plan.json" "$obs")
    fi
    set +e
    /usr/bin/time -v -o "$dir/time-$cmd-$rows.txt" java "-Xmx$heap" "-Xlog:gc:file=$dir/gc-$cmd-$rows.log" \
      -jar "$jar" "${args[@]}" \
      > "$dir/out-$cmd-$rows.txt" 2> "$dir/err-$cmd-$rows.txt"
    code=$?
    set -e
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s}' "$dir/time-$cmd-$rows.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time-$cmd-$rows.txt")
    last=$(grep -E '^read ' "$dir/err-$cmd-$rows.txt" | tail -1 || true)
    # The largest heap left after a collection (live data plus what G1 kept), from the GC log: "…150M->20M(256M)".
    after=$(grep -oE -- '->[0-9]+M\(' "$dir/gc-$cmd-$rows.log" | tr -dc '0-9\n' | sort -n | tail -1 || true)
    if [ "$cmd" != validate ] && [ "$code" = 0 ]; then
      # The evaluation must have used the rolled-up counties: the first indicator (GDP, a sum) has an actual.
      grep -qE '"code":"C0001","attribute":"[a-z]+","status":"[a-z_]+","actual":"[0-9]' \
        "$dir/out-$cmd-$rows.txt" || code="no actual"
    fi
    [ "$code" = 0 ] || ! grep -q OutOfMemoryError "$dir/err-$cmd-$rows.txt" || code="$code (OutOfMemoryError)"
    name=$cmd
    [ "$cmd" != before ] || name="evaluate (before)"
    echo "| $rows | $mb | $name | $heap | $code | $wall | $rss | ${after:-—} | ${last:-—} |"
  done
  [ "${KEEP:-0}" = 1 ] || rm -f "$obs"
done
