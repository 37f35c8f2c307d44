"""Leak audit (round 52): events output positive/asserted on fresh SaudiNewsNet articles (in no eval file) whose
sentence has a negation / possibility / allegation / condition word before the trigger in the same clause.
usage, from the repository root: python eval/events/audits/leaks52_draw.py 1000 5252 OUT (the round's draw, on the
code of de2b4fa; its 190 read events are leaks52_audit_read.txt)."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/events
from firing_audit import article_rows, draw  # noqa: E402

from khabar.text.normalize import normalize  # noqa: E402

CUES = {
    "negation": "لم لن لا ما عدم دون بدون غير نفى نفت نفوا ينفي تنفي ليس ليست",
    "possibility": "قد ربما يحتمل الممكن يمكن محتمل احتمال يرجح رجح المحتمل",
    "allegation": "يشتبه تشتبه اشتبه مشتبه المشتبه المزعوم مزعوم متهم اتهامات يزعم زعم زعمت تزعم يدعي ادعى",
    "condition": "اذا ان لو حال حاله لولا",
}
CUEW = {normalize(w): c for c, ws in CUES.items() for w in ws.split()}
BOUND = re.compile(r"[.؛;:!?؟،,«»\"]")

def cue_before(sent, off):
    left = BOUND.split(sent[:off])[-1]
    toks = [normalize(x) for x in left.split()]
    found = []
    for w in toks:
        for cand in (w, w[1:] if w[:1] in "وف" and len(w) > 2 else w, w[1:] if w[:1] in "بل" and len(w) > 3 else w):
            if cand in CUEW:
                # إن/أن as a condition only when إن is written with hamza below: check raw text later
                found.append((CUEW[cand], cand))
                break
    return found

n, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
arts = draw(n, seed, None)
rows = []
for url, events in article_rows(arts):  # an article the pipeline cannot read is reported there and skipped
    for r in events or ():
        if r["polarity"] != "positive" or r["modality"] != "asserted" or not r["sentence"]:
            continue
        s = r["sentence"]
        off = r["start"] - r["sentence_start"]
        cues = [c for c in cue_before(s, off) if not (c[1] == "ان")]  # أن / إن: too common, only raw إن below
        left = BOUND.split(s[:off])[-1]
        if re.search(r"(^|\s)[وف]?إن\s", left) and not re.search(r"(قال|قالت|وقال|وقالت|أكد|أكدت)\S*\s+(\S+\s+){0,4}إن", left):
            cues.append(("condition?", "إن"))
        if cues:
            rows.append({"url": url, "trigger": r["trigger"], "type": r["type"], "start": r["start"], "cues": cues,
                         "left": left[-160:], "sentence": s})
with open(out, "w") as w:
    for r in rows:
        w.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(arts), len(rows))
