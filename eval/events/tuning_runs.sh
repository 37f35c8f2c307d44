#!/usr/bin/env bash
# Every factuality tuning split (with --errors) and the event guards, one JSON file each, as the rounds of
# eval/events/README.md compare them before / after (the round sections call it /tmp/factall.sh, where it lived).
# usage: bash eval/events/tuning_runs.sh OUTDIR [extra options of `khabar eval events --factuality`, e.g.
#        --model-file F]; run from the repo root. Pool the factuality files with eval/events/pool_tuning.py.
set -u
O=$1; shift; mkdir -p "$O"
K=${KHABAR:-.venv/bin/khabar}
for s in dev test dev2 dev3 dev4 dev5 test2 test3 test4 test5 test6 test7 test8 test9 test10 test11 test12 test13 \
  test14 test15 test16 test17 test18 test19a test21 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13; do
  $K eval events --factuality --split $s --errors "$@" > "$O/f_$s.json" 2>/dev/null &
  [ "$(jobs -r | wc -l)" -ge 2 ] && wait -n
done
wait
# (round 50) the authored files, f_au1 ... f_au4 (pool_tuning.py pools them as a group of their own)
for X in 1 2 3 4; do
  $K eval events --factuality --file eval/events/factuality_authored$X.jsonl --errors "$@" > "$O/f_au$X.json" 2>/dev/null &
  [ "$(jobs -r | wc -l)" -ge 2 ] && wait -n
done
wait
$K eval events --factuality --file eval/events/factuality_anercorp_A.jsonl --errors "$@" > "$O/f_anA.json" 2>/dev/null
$K eval events --factuality --file eval/events/factuality_anercorp_B.jsonl --errors "$@" > "$O/f_anB.json" 2>/dev/null
for X in A B C D; do
  $K eval events --factuality --file eval/events/factuality_protest_$X.jsonl --errors "$@" > "$O/f_p$X.json" 2>/dev/null &
  [ "$(jobs -r | wc -l)" -ge 2 ] && wait -n
done
wait
$K eval events --plover --plover-dev --errors > "$O/plover.json" 2>/dev/null &
$K eval events --plover-news --split dev --errors > "$O/pnews.json" 2>/dev/null
wait
$K eval events --plover-ar --split dev --errors > "$O/par.json" 2>/dev/null &
$K eval events --arabic-protest > "$O/protest.json" 2>/dev/null
wait
$K eval events --plover-ar --file eval/events/plover_ar2.jsonl --split dev --errors > "$O/par2.json" 2>/dev/null
# (session 2026-12-06e) the roles, place and time of dev6 / dev8's gold events (dev7 / dev9's are held out);
# (session 2026-12-06f) and of dev2 ... dev5's
for s in dev2 dev3 dev4 dev5 dev6 dev8; do
  [ -f eval/events/participants_$s.jsonl ] || continue
  $K eval events --participants --split $s --errors > "$O/roles_$s.json" 2>/dev/null &
  $K eval events --place-time --split $s --errors > "$O/setting_$s.json" 2>/dev/null
  wait
done
