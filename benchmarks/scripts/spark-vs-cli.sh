#!/usr/bin/env bash
# The Spark path against the command line on the same machine and the same file (BENCHMARKS.md, "Spark against
# the command line"): ROWS rows of the synthetic national observations (benchmarks' SyntheticData: 100 indicators,
# counties × years, seed 42) as one CSV file, validated against the synthetic plan of 100 indicators
#   1. by the command line: java -jar cli/target/plan-indicators.jar validate --format json PLAN FILE
#   2. by SparkObservations.validateObservations in local mode (local[*]: every core), Spark's CSV reader
# and prints each one's wall time, observations and problems by code, which must agree.
#
#   benchmarks/scripts/spark-vs-cli.sh [ROWS]          # default 10000000; run from anywhere
#
# Builds what it needs (mvn -o package of core, validation, report, cli, benchmarks, spark; no install) unless
# SKIP_BUILD=1. Writes into benchmarks/target/spark-vs-cli/ (the 10^7-row CSV is about 430 MB; deleted at the end
# unless KEEP=1, which also reuses a file of the same ROWS from an earlier run). Spark's jars come from the local
# Maven repository (the module's provided dependency); SPARK_JAVA_OPTS adds options to Spark's JVM (for example
# -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=DIR for each stage's times and shuffle bytes). Ends with one line,
#   summary: rows=… cli.seconds=… spark.seconds=… (from reading: …) ratio=… cpu: cli=… spark=… ratio=…
#            load=START->END agree=yes|no
# (seconds are wall time of the whole process, start-up included; cpu is user + system seconds of all its threads;
# load is the 1-minute load average) and exits non-zero when the two disagree.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-10000000}
out=benchmarks/target/spark-vs-cli
mkdir -p "$out"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # Each module writes its class path (compile scope includes Spark, provided) to its own target/classpath.txt.
  mvn -B -o -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package \
      dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=compile \
      -pl core,validation,report,cli,benchmarks,spark
fi
spark_jar=$(ls spark/target/plan-indicators-spark-*.jar | grep -v -e sources -e javadoc | head -1)
cp="$spark_jar:$(cat spark/target/classpath.txt)"
flags="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

# The data: the synthetic plan document and ROWS observation rows.
cat > "$out/Gen.java" <<'JAVA'
import java.nio.file.Path;
import org.planindicators.benchmarks.SyntheticData;

public class Gen {
    public static void main(String[] a) throws Exception {
        SyntheticData.writePlan(Path.of(a[0], "plan.json"), SyntheticData.plan(100));
        long n = SyntheticData.writeObservations(Path.of(a[0], "observations.csv"), SyntheticData.Format.CSV,
                Long.parseLong(a[1]), 100, 42);
        System.out.println("rows=" + n);
    }
}
JAVA
if [ "${KEEP:-0}" = 1 ] && [ -f "$out/observations.csv" ] && [ "$(cat "$out/rows" 2>/dev/null)" = "$rows" ]; then
  echo "reusing $out/observations.csv ($rows rows, KEEP=1)"
else
  java -cp benchmarks/target/benchmarks.jar "$out/Gen.java" "$out" "$rows"
  echo "$rows" > "$out/rows"
fi
ls -l "$out/observations.csv"
load() { cut -d' ' -f1 /proc/loadavg; }
load_start=$(load)
echo "machine: $(nproc) cores, $(uptime)"

# Wall and CPU seconds (user + system, all threads) of a command: CPU time moves less than wall time on a shared
# machine, though it still grows with the load (caches, hyperthreads).
TIMEFORMAT='%R %U %S'
# timed STDOUT STDERR COMMAND...
timed() { local o=$1 e=$2; shift 2; { time "$@" > "$o" 2> "$e"; } 2> "$out/time.txt"; }
cpu_of() { awk '{ printf "%.1f", $2 + $3 }' "$out/time.txt"; }
wall_of() { awk '{ print $1 }' "$out/time.txt"; }

timed "$out/cli.json" "$out/cli.err" java -Xmx1g -jar cli/target/plan-indicators.jar validate --format json \
    "$out/plan.json" "$out/observations.csv" || true
cli_seconds=$(wall_of)
cli_cpu=$(cpu_of)
echo "cli.seconds=$cli_seconds cli.cpu.seconds=$cli_cpu"
python3 - "$out/cli.json" <<'PY' | tee "$out/cli.txt"
import json, sys
d = json.load(open(sys.argv[1]))
for f in d["files"]:
    if f["kind"] == "observations":
        print("observations=%d" % f["observations"])
        for k, v in sorted(f["counts"].items()):
            print("problems.%s=%d" % (k, v))
PY
echo "after cli: $(uptime)"

# The Spark session's settings for one machine: as many shuffle partitions as cores (the module sizes its own
# duplicate shuffle by the input's partitions; this is for the small aggregations), no web UI.
# shellcheck disable=SC2086
timed "$out/spark.txt" "$out/spark.err" java -Xmx4g $flags ${SPARK_JAVA_OPTS:-} -Dlog4j2.level=error -Dspark.ui.enabled=false \
    -Dspark.sql.shuffle.partitions="$(nproc)" -cp "$cp" org.planindicators.spark.examples.ValidateCsv \
    "$out/plan.json" "$out/observations.csv" || true
sed 's/^/spark./' "$out/spark.txt"
spark_seconds=$(wall_of)
spark_cpu=$(cpu_of)
echo "spark.process.seconds=$spark_seconds spark.cpu.seconds=$spark_cpu"
echo "after spark: $(uptime)"
load_end=$(load)

# The findings agree when the good observations and the problems by code are the same.
if [ -s "$out/cli.txt" ] && diff <(grep -v -e '^seconds=' -e '^parallelism=' "$out/spark.txt") "$out/cli.txt" > /dev/null
then agree=yes; else agree=no; fi
spark_inner=$(sed -n 's/^seconds=//p' "$out/spark.txt")
printf 'summary: rows=%s cli.seconds=%.1f spark.seconds=%.1f (from reading: %s) ratio=%.2f cpu: cli=%s spark=%s ratio=%.2f load=%s->%s agree=%s\n' \
    "$rows" "$cli_seconds" "$spark_seconds" "${spark_inner:-?}" "$(echo "$spark_seconds / $cli_seconds" | bc -l)" \
    "$cli_cpu" "$spark_cpu" "$(echo "$spark_cpu / $cli_cpu" | bc -l)" "$load_start" "$load_end" "$agree"
[ "${KEEP:-0}" = 1 ] || rm -f "$out/observations.csv" "$out/rows"
[ "$agree" = yes ]
