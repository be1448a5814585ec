#!/usr/bin/env bash
# Heap flatness of observation import: 10^5, 10^6 and 10^7 synthetic rows (CSV and JSON Lines), each validated in a
# fresh JVM with -Xmx64m and a GC log. Needs benchmarks/target/benchmarks.jar (mvn -B -DskipTests package).
# Usage: [THREADS=2] benchmarks/heap-flat.sh [ROWS...]   (files and logs in benchmarks/target/heap-flat/; THREADS>1
# checks each file on that many threads, Observations.validate(file, options, plan, threads), instead of reading it)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
uptime
exec java -Dthreads="${THREADS:-1}" -cp "$jar" org.planindicators.benchmarks.HeapFlat benchmarks/target/heap-flat "$@"
