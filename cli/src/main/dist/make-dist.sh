#!/bin/sh
# Run by the cli module's build at package time (exec-maven-plugin), after the shaded jar is built:
# lays out target/dist (bin/plan-indicators, lib/plan-indicators.jar) and makes the class-data-sharing archive for
# the JVM that runs the build, with one training run of the launcher: validate a plan document and observations
# from examples/data. Usage: make-dist.sh JAVA BASEDIR
set -eu
java=$1
base=$2
dist=$base/target/dist
rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
cp "$base/src/main/dist/bin/plan-indicators" "$dist/bin/plan-indicators"
chmod 755 "$dist/bin/plan-indicators"
cp -p "$base/target/plan-indicators.jar" "$dist/lib/plan-indicators.jar"
data=$base/../examples/data
# The training run: its exit code is that of validate (1 when a file has errors), not a failure of the build.
set -- validate --format json "$data/wenjiang-2023-gwr.json" "$data/wenjiang-2022-actuals.csv"
rc1=0
JAVA=$java "$dist/bin/plan-indicators" "$@" > "$dist/training.out" 2> "$dist/training.err" || rc1=$?
made=
for f in "$dist/lib/"*.jsa "$dist/lib/"*.aot; do [ -f "$f" ] && made=$f; done
[ -n "$made" ] ||
  { echo "make-dist.sh: no archive was written" >&2; cat "$dist/training.out" "$dist/training.err" >&2; exit 1; }
# The same run with the archive: the same output and exit code, or the build fails. It must also use the archive:
# -Xshare:on makes the JVM fail instead of running without it, and the tool's own classes must come from it (a JVM
# that cannot use an archive's classes for this jar, say after a change of class path, silently reads them from the jar).
# Its heap is sized by JAVA_OPTS, smaller than the launcher's young generation: the launcher must then leave that out,
# or the JVM warns (checked below: no warning on standard error).
rc2=0
JAVA=$java JAVA_OPTS="-Xshare:on -Xmx10m -Xlog:class+load=info:file=$dist/check.classes" "$dist/bin/plan-indicators" "$@" \
  > "$dist/check.out" 2> "$dist/check.err" || rc2=$?
if ! grep -q 'org.planindicators.cli.PlanIndicatorsCommand source: shared objects file' "$dist/check.classes"; then
  echo "make-dist.sh: the run with the archive did not load the tool's classes from it" >&2
  grep 'org.planindicators.cli.PlanIndicatorsCommand ' "$dist/check.classes" >&2
  cat "$dist/check.err" >&2
  exit 1
fi
if [ "$rc1" != "$rc2" ] || ! cmp -s "$dist/training.out" "$dist/check.out"; then
  echo "make-dist.sh: the run with the archive differs from the run that made it (exit $rc1 / $rc2)" >&2
  diff "$dist/training.out" "$dist/check.out" >&2
  cat "$dist/check.err" >&2
  exit 1
fi
if grep -q 'warning' "$dist/check.err"; then
  echo "make-dist.sh: the launcher's options made the JVM warn when JAVA_OPTS sized the heap" >&2
  cat "$dist/check.err" >&2
  exit 1
fi
# The JVM's warnings go to standard error, never into the output: a young generation larger than the initial heap,
# asked for in JAVA_OPTS, makes it warn; the output must still be the same.
rc3=0
JAVA=$java JAVA_OPTS="-Xms8m -Xmn12m" "$dist/bin/plan-indicators" "$@" > "$dist/warn.out" 2> "$dist/warn.err" || rc3=$?
if [ "$rc1" != "$rc3" ] || ! cmp -s "$dist/training.out" "$dist/warn.out" || ! grep -q 'warning' "$dist/warn.err"; then
  echo "make-dist.sh: a JVM warning did not go to standard error alone (exit $rc1 / $rc3)" >&2
  diff "$dist/training.out" "$dist/warn.out" >&2
  cat "$dist/warn.err" >&2
  exit 1
fi
rm -f "$dist/training.out" "$dist/training.err" "$dist/check.out" "$dist/check.err" "$dist/check.classes" \
  "$dist/warn.out" "$dist/warn.err"
