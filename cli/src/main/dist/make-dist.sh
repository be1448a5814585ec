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
JAVA=$java "$dist/bin/plan-indicators" validate "$data/wenjiang-2023-gwr.json" \
  "$data/wenjiang-2022-actuals.csv" > "$dist/training.out" 2>&1 || true
ls "$dist/lib/"*.jsa > /dev/null 2>&1 || { echo "make-dist.sh: no archive was written" >&2; cat "$dist/training.out" >&2; exit 1; }
