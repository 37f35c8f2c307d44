"""Apply the type and factuality conventions of branch conv27 to the TUNING gold files.

The conventions are written in the guideline at the top of ``eval/events/README.md`` ("Type and
factuality conventions"); every change is listed below as (file, item id, field, old value, new value,
case) and in the README section "Gold conventions (branch conv27)". Run from the repository root:

    python eval/events/relabel_conventions.py          # apply (idempotent: an applied change is skipped)
    python eval/events/relabel_conventions.py --check  # exit 1 unless every change is applied

Held-out material is never read or changed: only lines whose id is listed here are parsed, the script
refuses a listed item of a held-out split (plover_ar / plover_ar2 / plover_news test halves, the test19b
half of ``factuality_test19.jsonl``, ``factuality_test20.jsonl``), and every other line is written back
byte for byte.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# case keys: theft, execution, sentence, charge, kidnap, sanctions, denied_report, court_order
CASES = {
    "theft": "theft, burglary, robbery: COERCE (CAMEO 171 seize property)",
    "execution": "an execution carried out: ASSAULT (CAMEO 1823 kill, 175 violent repression)",
    "sentence": "a death sentence passed: COERCE (CAMEO 173 legal action), as any sentence",
    "charge": "a formal criminal charge: COERCE (CAMEO 173 charge with legal action)",
    "kidnap": "kidnapping, abduction, hijacking: ASSAULT (CAMEO 181 abduct, hijack)",
    "sanctions": "lifting or easing economic sanctions: RETREAT (CAMEO 085)",
    "denied_report": "a report called false by an official speaker: negative/asserted",
    "court_order": "an act a ruling orders to be carried out: planned",
}

C, A, R = "COERCE", "ASSAULT", "RETREAT"
CH: list[tuple[str, str, str, object, object, str]] = []


def _add(file: str, case: str, field: str, old: object, new: object, *ids: str) -> None:
    CH.extend((file, i, field, old, new, case) for i in ids)


# theft, burglary, robbery (and a gang's home raids to steal) -> COERCE
_add("factuality_dev5.jsonl", "theft", "type", A, C, "d5-ar-030")
_add("factuality_test10.jsonl", "theft", "type", A, C, "t10-ar-090")
_add("factuality_test14.jsonl", "theft", "type", A, C, "t14-ar-021")
_add("factuality_test17.jsonl", "theft", "type", A, C, "t17-en-015")
_add("plover_news2.jsonl", "theft", "type", None, C, "pn2-026")
_add("plover_news2.jsonl", "theft", "actor", [], ["suspects"], "pn2-026")

# an execution carried out (by a state or an armed group) -> ASSAULT
_add("factuality_test4.jsonl", "execution", "type", C, A, "t4-ar-154")
_add("factuality_test5.jsonl", "execution", "type", C, A, "t5-ar-070")
_add("factuality_test9.jsonl", "execution", "type", C, A, "t9-ar-035", "t9-ar-185", "t9-ar-228")
_add("factuality_test10.jsonl", "execution", "type", C, A, "t10-ar-157")
_add("plover_ar2.jsonl", "execution", "type", C, A, "par2-012", "par2-036", "par2-042", "par2-114", "par2-192")
# a death sentence passed (the trigger inside «أصدر حكم بإعدام») -> COERCE
_add("factuality_anercorp_B.jsonl", "sentence", "type", A, C, "aner-train-359-1")

# a formal criminal charge brought, faced or withheld -> COERCE
_add("factuality_dev2.jsonl", "charge", "type", "ACCUSE", C, "d2-ar-040")
_add("factuality_dev3.jsonl", "charge", "type", "ACCUSE", C,
     "d3-ar-019", "d3-en-017", "d3-en-022", "d3-en-043", "d3-en-054", "d3-en-067")
_add("factuality_dev4.jsonl", "charge", "type", "ACCUSE", C, "d4-en-003", "d4-en-009", "d4-en-088")
_add("factuality_dev5.jsonl", "charge", "type", "ACCUSE", C, "d5-ar-033", "d5-ar-078")
_add("factuality_test2.jsonl", "charge", "type", "ACCUSE", C,
     "t2-en-007", "t2-en-015", "t2-en-018", "t2-en-021", "t2-en-022", "t2-en-049", "t2-en-063")
_add("factuality_test3.jsonl", "charge", "type", "ACCUSE", C, "t3-ar-123", "t3-en-002", "t3-en-006")
_add("factuality_test4.jsonl", "charge", "type", "ACCUSE", C, "t4-en-015")
_add("factuality_test5.jsonl", "charge", "type", "ACCUSE", C, "t5-ar-030", "t5-ar-083", "t5-ar-119")
_add("factuality_test7.jsonl", "charge", "type", "ACCUSE", C, "t7-ar-010", "t7-ar-036", "t7-ar-055", "t7-ar-060", "t7-ar-095")
_add("factuality_test9.jsonl", "charge", "type", "ACCUSE", C, "t9-ar-135", "t9-ar-187", "t9-ar-223")
_add("factuality_test10.jsonl", "charge", "type", "ACCUSE", C, "t10-ar-013")
_add("factuality_test12.jsonl", "charge", "type", "ACCUSE", C, "t12-ar-010")
_add("factuality_test13.jsonl", "charge", "type", "ACCUSE", C, "t13-ar-027")
_add("factuality_test15.jsonl", "charge", "type", "ACCUSE", C, "t15-ar-029")
_add("factuality_test18.jsonl", "charge", "type", "ACCUSE", C, "t18-ar-046")
_add("factuality_test21.jsonl", "charge", "type", "ACCUSE", C, "t21-ar-145", "t21-ar-155", "t21-ar-160")
_add("factuality_anercorp_A.jsonl", "charge", "type", "ACCUSE", C, "aner-train-1287-1", "aner-train-1287-2")
_add("plover_ar2.jsonl", "charge", "type", "ACCUSE", C, "par2-108")
_add("plover_news.jsonl", "charge", "type", "ACCUSE", C,
     "pn-056", "pn-072", "pn-084", "pn-090", "pn-143", "pn-180", "pn-197")
_add("plover_news2.jsonl", "charge", "type", "ACCUSE", C,
     "pn2-057", "pn2-058", "pn2-059", "pn2-061", "pn2-062", "pn2-086", "pn2-138", "pn2-174")

# kidnapping, abduction, hijacking -> ASSAULT
_add("factuality_dev2.jsonl", "kidnap", "type", C, A, "d2-ar-017")
_add("factuality_test5.jsonl", "kidnap", "type", C, A, "t5-ar-092")
_add("factuality_test6.jsonl", "kidnap", "type", C, A, "t6-ar-057", "t6-ar-109", "t6-ar-115")
_add("factuality_test7.jsonl", "kidnap", "type", C, A, "t7-ar-084", "t7-ar-170")
_add("factuality_test9.jsonl", "kidnap", "type", C, A, "t9-ar-163")
_add("factuality_test11.jsonl", "kidnap", "type", C, A, "t11-ar-086")
_add("factuality_anercorp_A.jsonl", "kidnap", "type", C, A, "aner-train-676-1", "aner-train-2284-1")
_add("factuality_anercorp_B.jsonl", "kidnap", "type", C, A, "aner-train-2291-2", "aner-train-2326-2", "aner-train-3073-1")

# lifting, easing or unfreezing economic sanctions -> RETREAT
_add("factuality_dev2.jsonl", "sanctions", "type", "CONCEDE", R, "d2-ar-070", "d2-ar-072")
_add("factuality_test5.jsonl", "sanctions", "type", "CONCEDE", R, "t5-ar-023")
_add("factuality_test12.jsonl", "sanctions", "type", "CONCEDE", R, "t12-ar-112")
_add("factuality_test15.jsonl", "sanctions", "type", "CONCEDE", R, "t15-ar-004", "t15-ar-099", "t15-ar-183")
_add("factuality_test16.jsonl", "sanctions", "type", "CONCEDE", R, "t16-ar-040")
_add("factuality_test19.jsonl", "sanctions", "type", "CONCEDE", R, "t19-ar-053", "t19-ar-159")
_add("factuality_test21.jsonl", "sanctions", "type", "CONCEDE", R, "t21-ar-024", "t21-ar-061", "t21-ar-132")

# a report or rumour called false by an official speaker: the denial sets the modality -> asserted
_add("factuality_test21.jsonl", "denied_report", "modality", "reported", "asserted", "t21-ar-076", "t21-ar-190")

# the release a court orders (not said to be carried out) -> planned
_add("factuality_anercorp_B.jsonl", "court_order", "modality", "asserted", "planned", "aner-train-3573-2")

NEVER = {"factuality_test20.jsonl"}
SPLIT_DEV = {"plover_ar.jsonl", "plover_ar2.jsonl", "plover_news.jsonl"}


def _test19a_ids(path: Path) -> set[str]:
    """Ids of the test19a half (items 1, 3, 5 ...); only the id field of each line is read."""
    ids = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.append(line.split('"id": "', 1)[1].split('"', 1)[0])
    return set(ids[0::2])


def apply(check: bool = False) -> int:
    by_file: dict[str, dict[str, list[tuple[str, object, object]]]] = {}
    for file, iid, field, old, new, _case in CH:
        by_file.setdefault(file, {}).setdefault(iid, []).append((field, old, new))
    pending = done = 0
    for file, items in sorted(by_file.items()):
        if file in NEVER:
            raise SystemExit(f"{file} is held out")
        path = HERE / file
        allowed = _test19a_ids(path) if file == "factuality_test19.jsonl" else None
        lines = path.read_text(encoding="utf-8").split("\n")
        seen = set()
        for n, line in enumerate(lines):
            iid = line.split('"id": "', 1)[1].split('"', 1)[0] if line.startswith('{"id": "') else None
            if iid not in items:
                continue
            if allowed is not None and iid not in allowed:
                raise SystemExit(f"{file} {iid} is not in test19a")
            x = json.loads(line)
            if json.dumps(x, ensure_ascii=False) != line:
                raise SystemExit(f"{file} {iid}: the line would not be written back in its own format")
            if file in SPLIT_DEV and x.get("split") != "dev":
                raise SystemExit(f"{file} {iid} is not a dev item")
            seen.add(iid)
            for field, old, new in items[iid]:
                if x.get(field) == new:
                    done += 1
                elif x.get(field) == old:
                    pending += 1
                    x[field] = new
                else:
                    raise SystemExit(f"{file} {iid} {field}={x.get(field)!r}, expected {old!r}")
            lines[n] = json.dumps(x, ensure_ascii=False)
        missing = set(items) - seen
        if missing:
            raise SystemExit(f"{file}: ids not found {sorted(missing)}")
        if not check:
            path.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(CH)} changes: {done} already applied, {pending} {'pending' if check else 'applied now'}")
    return 1 if check and pending else 0


if __name__ == "__main__":
    sys.exit(apply(check="--check" in sys.argv))
