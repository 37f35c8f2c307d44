#!/usr/bin/env bash
# The learned factuality classifier's override margin swept over the SaudiNewsNet tuning splits and dev6 ... dev9
# (none of them training data of the classifier), one directory per margin, pooled by pool_tuning.py (read the
# "saudinewsnet" and "dev6_to_dev9" groups). usage: bash eval/events/margin_sweep.sh OUTDIR MARGIN... [none]
# ("none" = --no-model); extra options through MODEL_OPTS, e.g. MODEL_OPTS="--model-file F". Run from the repo root.
set -u
O=$1; shift
K=${KHABAR:-.venv/bin/khabar}
for m in "$@"; do
  mkdir -p "$O/m$m"
  if [ "$m" = none ]; then opt=--no-model; else opt="${MODEL_OPTS:-} --model-margin $m"; fi
  for s in dev test dev2 dev3 dev4 dev5 test2 test3 test4 test5 test6 test7 test8 test9 test10 test11 test12 test13 \
    test14 test15 test16 test17 test19a test21 dev6 dev7 dev8 dev9; do
    # shellcheck disable=SC2086
    $K eval events --factuality --split $s --errors $opt > "$O/m$m/f_$s.json" 2>/dev/null &
    [ "$(jobs -r | wc -l)" -ge 2 ] && wait -n
  done
done
wait
for m in "$@"; do python3 eval/events/pool_tuning.py "$O/m$m" | grep -E " (saudinewsnet|dev6_to_dev9) "; done
