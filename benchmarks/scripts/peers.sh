#!/usr/bin/env bash
# Peers side by side: the command-line tool against pandas, Frictionless tableschema-js and ajv on the same files,
# whole processes, paired runs, medians, peak RSS. See BENCHMARKS.md, "Peers".
#
# Needs: cli/target/plan-indicators.jar and benchmarks/target/benchmarks.jar (mvn -B -DskipTests package),
# Debian's pandas (apt-get install -y python3-pandas; run by /usr/bin/python3), node and npm (the JavaScript peers
# are installed from benchmarks/scripts/peers/package.json into benchmarks/target/peers-node), jq, /usr/bin/time.
#
# Usage: benchmarks/scripts/peers.sh [big] [small] [plan]     (default: all three workloads)
# Environment: RUNS (paired rounds, default 5; small-file rounds are twice as many), ROWS (default 1000000),
#   JAVA17, JAVA25 (the java commands; JAVA25 is skipped when absent), OUT (default benchmarks/target/peers),
#   BEFORE (optional: the absolute path of another checkout built the same way, say main before a change; its jar and
#   launcher run on JDK 17 as ours-before-17 and ours-before-17-cds, in the same rounds).
# Writes: $OUT/runs.tsv (every run: wall and CPU seconds, peak RSS, exit code, whether the bad rows found were the
# planted ones) and $OUT/results.md (medians, paired ratios of wall and of CPU time, checks, machine and load).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=${OUT:-benchmarks/target/peers}
RUNS=${RUNS:-5}
ROWS=${ROWS:-1000000}
JAR=$ROOT/cli/target/plan-indicators.jar
LAUNCHER=$ROOT/cli/target/dist/bin/plan-indicators
BJAR=$ROOT/benchmarks/target/benchmarks.jar
JAVA17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PY=/usr/bin/python3
NODE_DIR=$ROOT/benchmarks/target/peers-node
SCRIPTS=$ROOT/benchmarks/scripts/peers
SCHEMA=$ROOT/validation/src/main/resources/org/planindicators/validation/plan.schema.json
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(big small plan)

die() { echo "peers.sh: $*" >&2; exit 2; }
[ -f "$JAR" ] && [ -f "$BJAR" ] || die "build first: mvn -B -DskipTests package"
[ -x /usr/bin/time ] || die "needs /usr/bin/time (apt-get install -y time)"
command -v jq >/dev/null || die "needs jq"
$PY -c 'import pandas' 2>/dev/null || die "needs Debian's pandas: apt-get install -y python3-pandas"
command -v node >/dev/null && command -v npm >/dev/null || die "needs node and npm"
mkdir -p "$OUT" "$NODE_DIR"
if ! cmp -s "$SCRIPTS/package.json" "$NODE_DIR/package.json" || [ ! -d "$NODE_DIR/node_modules/tableschema" ]; then
  cp "$SCRIPTS/package.json" "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --loglevel=error >&2)
fi
export NODE_PATH=$NODE_DIR/node_modules
if [ ! -f "$OUT/obs-big.csv" ] || [ "$(cat "$OUT/rows" 2>/dev/null)" != "$ROWS" ]; then
  "$JAVA17" -cp "$BJAR" org.planindicators.benchmarks.PeerData "$OUT" "$ROWS" >&2
  echo "$ROWS" > "$OUT/rows"
fi
cd "$OUT"
OUTABS=$PWD

# The tools. Each prints the bad line numbers of an observation file (ascending, one a line) or, for a plan, the
# number of errors; $1 is the observation file or the plan. ours-* run the command-line tool's validate.
ours_lines() { jq -r '[.files[] | select(.kind == "observations") | .problems[] | select(.severity == "error")
  | .line] | unique | .[]'; }
ours_plan() { jq -r '[.files[] | .errors] | add'; }
tool_cmd() { # tool workload file -> the command line
  local tool=$1 work=$2 file=$3 plan=plan-100.json
  [ "$work" = plan ] && plan=$file && file=
  case $tool in
    ours-17) echo "$JAVA17 -jar $JAR validate --format json $plan $file" ;;
    ours-17-cds) echo "env JAVA=$JAVA17 $LAUNCHER validate --format json $plan $file" ;;
    ours-25) echo "$JAVA25 -jar $JAR validate --format json $plan $file" ;;
    ours-25-cds) echo "env JAVA=$JAVA25 $LAUNCHER validate --format json $plan $file" ;;
    ours-before-17) echo "$JAVA17 -jar $BEFORE/cli/target/plan-indicators.jar validate --format json $plan $file" ;;
    ours-before-17-cds)
      echo "env JAVA=$JAVA17 $BEFORE/cli/target/dist/bin/plan-indicators validate --format json $plan $file" ;;
    pandas) echo "$PY $SCRIPTS/pandas_validate.py $file indicators.txt units.txt" ;;
    tableschema) echo "node $SCRIPTS/tableschema_validate.js $file indicators.txt units.txt" ;;
    ajv) echo "node $SCRIPTS/ajv_validate.js $SCHEMA $plan" ;;
  esac
}
found() { # tool workload < stdout -> the normalised finding
  case $1:$2 in
    ours-*:plan) ours_plan ;;
    ours-*:*) ours_lines ;;
    ajv:plan) wc -l | tr -d ' ' ;;
    *) cat ;;
  esac
}

ours_variants=(ours-17)
[ -x "$LAUNCHER" ] && ours_variants+=(ours-17-cds)
if [ -x "$JAVA25" ]; then ours_variants+=(ours-25); [ -x "$LAUNCHER" ] && ours_variants+=(ours-25-cds); fi
if [ -n "${BEFORE:-}" ]; then
  [ -f "$BEFORE/cli/target/plan-indicators.jar" ] || die "BEFORE=$BEFORE has no cli/target/plan-indicators.jar"
  ours_variants+=(ours-before-17)
  [ -x "$BEFORE/cli/target/dist/bin/plan-indicators" ] && ours_variants+=(ours-before-17-cds)
fi

date -u '+start %Y-%m-%dT%H:%M:%SZ' > load.txt
uptime >> load.txt
( while sleep 20; do cut -d' ' -f1 /proc/loadavg; done ) > load-samples.txt &
sampler=$!
trap 'kill $sampler 2>/dev/null || true' EXIT
printf 'workload\ttool\tround\tseconds\tcpu_seconds\tpeak_rss_kib\texit\tsame\n' > runs.tsv
for work in "${workloads[@]}"; do
  case $work in
    big) file=obs-big.csv; expected=expected-big.txt; tools=("${ours_variants[@]}" pandas tableschema); rounds=$RUNS ;;
    small) file=obs-10.csv; expected=expected-10.txt; tools=("${ours_variants[@]}" pandas tableschema)
      rounds=$((RUNS * 2)) ;;
    plan) file=plan-2000.json; expected=; tools=("${ours_variants[@]}" ajv); rounds=$RUNS ;;
    *) die "unknown workload $work (big, small, plan)" ;;
  esac
  # One run of each tool first, not recorded: file caches warm, and the launcher makes its archive for a JVM that has
  # none yet (the first run on JDK 25 records and assembles the AOT cache).
  for tool in "${tools[@]}"; do
    $(tool_cmd "$tool" "$work" "$file") > /dev/null 2>&1 || true
  done
  for ((r = 1; r <= rounds; r++)); do
    order=("${tools[@]}")
    if ((r % 2 == 0)); then # every other round in reverse, so that drift in the load falls on both sides
      order=(); for ((i = ${#tools[@]} - 1; i >= 0; i--)); do order+=("${tools[i]}"); done
    fi
    for tool in "${order[@]}"; do
      cmd=$(tool_cmd "$tool" "$work" "$file")
      set +e
      /usr/bin/time -f '%e %U %S %M' -o run.time $cmd > run.out 2> run.err
      rc=$?
      set -e
      read -r secs usr sys rss < <(tail -1 run.time)
      cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
      found "$tool" "$work" < run.out > run.found || true
      if [ -n "$expected" ]; then
        cmp -s run.found "$expected" && same=yes || same=no
      else
        [ "$(cat run.found)" = 0 ] && same=yes || same=no
      fi
      [ "$same" = yes ] || cp run.err "fail-$work-$tool.err"
      printf '%s\t%s\t%d\t%s\t%s\t%s\t%d\t%s\n' "$work" "$tool" "$r" "$secs" "$cpu" "$rss" "$rc" "$same" >> runs.tsv
      printf '%-6s %-12s round %2d: %6.2f s wall %6.2f s cpu %8d KiB  same=%s\n' "$work" "$tool" "$r" "$secs" "$cpu" "$rss" "$same" >&2
    done
  done
done
kill $sampler 2>/dev/null || true
date -u '+end %Y-%m-%dT%H:%M:%SZ' >> load.txt
uptime >> load.txt
{
  echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr)"
  echo "java 17: $("$JAVA17" -version 2>&1 | sed -n 2p)"
  [ -x "$JAVA25" ] && echo "java 25: $("$JAVA25" -version 2>&1 | sed -n 2p)"
  echo "python: $($PY --version 2>&1), pandas $($PY -c 'import pandas; print(pandas.__version__)'); node $(node --version)"
  echo "rows: $ROWS; rounds: $RUNS (small file: $((RUNS * 2)))"
} > machine.txt
$PY "$SCRIPTS/summarise.py" runs.tsv machine.txt load.txt load-samples.txt > results.md
cat results.md
