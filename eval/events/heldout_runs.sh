#!/usr/bin/env bash
# The lead's held-out scoring, once per session at the end (never by tuners): every held-out factuality set, the
# test halves of plover-ar / plover_ar2 / plover-news / the PLOVER GSR, the protest eval and the in-article merge's
# test split, the roles / place and time of dev7 and dev9 (held out for those arguments since session 2026-12-06e),
# one JSON file each, aggregates only (no --errors: held-out sets are never itemised), then a summary.
# usage: bash eval/events/heldout_runs.sh OUTDIR; run from the repo root (KHABAR= another khabar command).
set -u
O=$1; mkdir -p "$O"
K=${KHABAR:-.venv/bin/khabar}
for s in test20 test19b test23 test24 test25 test26 test27; do
  $K eval events --factuality --split $s > "$O/f_$s.json" 2>/dev/null &
  [ "$(jobs -r | wc -l)" -ge 2 ] && wait -n
done
wait
$K eval events --plover-ar --file eval/events/plover_ar2.jsonl --split test > "$O/par2_test.json" 2>/dev/null &
$K eval events --plover-ar --split test > "$O/par_test.json" 2>/dev/null
wait
$K eval events --plover > "$O/plover_all.json" 2>/dev/null &
$K eval events --plover-news --split test > "$O/pnews_test.json" 2>/dev/null
wait
$K eval events --arabic-protest > "$O/protest.json" 2>/dev/null &
$K eval events --coref --split test > "$O/coref_test.json" 2>/dev/null
wait
for s in dev7 dev9; do
  $K eval events --participants --split $s > "$O/roles_$s.json" 2>/dev/null &
  $K eval events --place-time --split $s > "$O/setting_$s.json" 2>/dev/null
  wait
done
python3 eval/events/pool_tuning.py "$O" | grep " all "  # the seven factuality sets pooled by found items
python3 - "$O" <<'PY'
import glob
import json
import os
import sys

keep = {
    "detection", "polarity_accuracy", "modality_accuracy", "class_accuracy", "type_accuracy",
    "negated_or_hypothetical_gold", "output_as_asserted_positive", "actor_match", "target_match",
    "event_trigger_found", "no_event_accuracy", "precision_vs_easy_no", "source_actor_accuracy", "found", "gold",
    "link_precision", "link_recall", "link_recall_all_mentions", "wrong_merges", "mention_detection",
    "match", "match_found", "wrong", "missing", "spurious", "unresolved", "both_right_found",
}  # fmt: skip


def walk(x, path, out):
    if isinstance(x, dict):
        for k, v in x.items():
            if k not in ("ar", "en", "label_confusion"):
                walk(v, path + [k], out)
    elif not isinstance(x, list) and path and path[-1] in keep:
        out.append(".".join(path) + "=" + str(x))


for p in sorted(glob.glob(sys.argv[1] + "/*.json")):
    out: list[str] = []
    walk(json.load(open(p, encoding="utf-8")), [], out)
    print(os.path.basename(p), " ".join(out))
PY
