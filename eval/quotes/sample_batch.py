"""Re-create the candidate paragraphs of a fresh dev batch of eval/quotes/dev.jsonl (before annotation).

Same sampling as ``sample_test2.py`` (seeded shuffle of the SaudiNewsNet articles, one paragraph of
100-550 characters with at least two speech cues or quotation marks per article) but skipping every
article already in dev.jsonl, test.jsonl, test2.jsonl, test3.jsonl or test4.jsonl. Ids are ``snn-<line>-<tag><k>``.
Usage: python eval/quotes/sample_batch.py SEED TAG [N]  (prints JSON lines without `quotes`).
Batch ``n`` of round 3: ``python eval/quotes/sample_batch.py 8086 n 50``.
Held-out ``test3.jsonl`` (round 4): ``python eval/quotes/sample_batch.py 20261207 u 130`` (run before
test3.jsonl existed). Held-out ``test5.jsonl`` (round 6): ``python eval/quotes/sample_batch.py 20261209 w 140``
(run before test5.jsonl existed). Held-out ``test6.jsonl`` (round 7): ``python eval/quotes/sample_batch.py
20261210 ac 140 <the four review-sample candidate files>`` (run before test6.jsonl existed). Optional 4th argument: comma-separated candidate files whose articles
are skipped too (round 6 dev batch ``y`` skipped batch ``x``'s candidates before ``x`` was in dev.jsonl).
Held-out ``test7.jsonl`` (round 8): ``python eval/quotes/sample_batch.py 20261211 aq 160 --skip-past`` (run
before test7.jsonl existed). ``--skip-past`` (in place of the 4th argument) also skips every SaudiNewsNet
article of ``eval/events/*.jsonl`` (by URL) and every article any earlier seeded sample of this sampler
(``PAST_SAMPLES``: dev batches, held-out sets, the unlabelled review samples, dropped items included)
can have drawn: replayed in order, each skips the articles of the gold files and of the samples before it
(a superset of what it skipped when it was run) and its whole shuffle prefix up to its N-th draw is skipped.
Held-out ``test8.jsonl`` (round 10): ``python eval/quotes/sample_batch.py 20261212 at 190 --skip-past`` (run
before test8.jsonl existed); test7's run ``(20261211, 160)`` is in ``PAST_SAMPLES`` now, so its dropped
candidates are skipped too (the replay stops before the run being re-made, so test7's command is unchanged).
Held-out ``test9.jsonl`` (round 11): ``python eval/quotes/sample_batch.py 20261213 av 190 --skip-past`` (run
before test9.jsonl existed); test8's run ``(20261212, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test6.jsonl`` was drawn from the same corpus at the same time, so
this run (``ODD_URL_SEEDS``) takes only articles whose URL has an odd
``int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`` (the replay of this run applies the same rule).
Held-out ``test10.jsonl`` (round 12): ``python eval/quotes/sample_batch.py 20261214 aw 190 --skip-past`` (run
before test10.jsonl existed); test9's run ``(20261213, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test7.jsonl`` is drawn from the same corpus at the same time, so this
run takes only odd-SHA-1 URLs too (``ODD_URL_SEEDS``).
Held-out ``test11.jsonl`` (round 13): ``python eval/quotes/sample_batch.py 20261215 ax 190 --skip-past`` (run
before test11.jsonl existed); test10's run ``(20261214, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test8.jsonl`` is drawn from the same corpus at the same time, so this
run takes only odd-SHA-1 URLs too (``ODD_URL_SEEDS``).
Held-out ``test12.jsonl`` (round 14): ``python eval/quotes/sample_batch.py 20261216 ay 190 --skip-past`` (run
before test12.jsonl existed); test11's run ``(20261215, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test9.jsonl`` is drawn from the same corpus at the same time and takes
the odd-SHA-1 URLs, so this run takes only articles whose URL has an EVEN
``int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`` (``EVEN_URL_SEEDS``; the replay applies the same rule).
Held-out ``test13.jsonl`` (round 15): ``python eval/quotes/sample_batch.py 20261217 az 190 --skip-past`` (run
before test13.jsonl existed); test12's run ``(20261216, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test10.jsonl`` is drawn from the same corpus at the same time and takes
the odd-SHA-1 URLs, so this run takes only even-SHA-1 URLs too (``EVEN_URL_SEEDS``).
Held-out ``test14.jsonl`` (round 16): ``python eval/quotes/sample_batch.py 20261218 ba 190 --skip-past`` (run
before test14.jsonl existed); test13's run ``(20261217, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test11.jsonl`` is drawn from the same corpus at the same time and takes
the odd-SHA-1 URLs, so this run takes only even-SHA-1 URLs too (``EVEN_URL_SEEDS``).
Held-out ``test15.jsonl`` (round 17): ``python eval/quotes/sample_batch.py 20261219 bb 190 --skip-past`` (run
before test15.jsonl existed); test14's run ``(20261218, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test12.jsonl`` is drawn from the same corpus at the same time and takes
the odd-SHA-1 URLs, so this run takes only even-SHA-1 URLs too (``EVEN_URL_SEEDS``).
Held-out ``test16.jsonl`` (round 18): ``python eval/quotes/sample_batch.py 20261220 bc 190 --skip-past`` (run
before test16.jsonl existed); test15's run ``(20261219, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test13.jsonl`` is drawn from the same corpus at the same time and takes
the EVEN-SHA-1 URLs, so this run takes only odd-SHA-1 URLs (``ODD_URL_SEEDS``; the replay applies the same rule).
Held-out ``test17.jsonl`` (round 19): ``python eval/quotes/sample_batch.py 20261221 bd 190 --skip-past`` (run
before test17.jsonl existed); test16's run ``(20261220, 190)`` is in ``PAST_SAMPLES`` now. The factuality
held-out set ``eval/events/factuality_test14.jsonl`` is drawn from the same corpus at the same time and takes
the ODD-SHA-1 URLs, so this run takes only even-SHA-1 URLs (``EVEN_URL_SEEDS``; the replay applies the same rule).
Held-out ``test18.jsonl`` (round 19): ``python eval/quotes/sample_batch.py 20261222 be 240 --skip-past`` (run
before test18.jsonl existed; first run with n = 190, whose 190 lines are the first 190 of this one, and extended
to 240 before annotation was committed because 190 gave too few quotations); test17's run ``(20261221, 190)`` is
in ``PAST_SAMPLES`` now (the next run adds ``(20261222, 240)``). The held-out quotation
set ``test19.jsonl`` is drawn from the same corpus at the same time and takes the EVEN-SHA-1 URLs, so this run
takes only odd-SHA-1 URLs (``ODD_URL_SEEDS``; the replay applies the same rule).
Held-out ``test19.jsonl`` (round 19): ``python eval/quotes/sample_batch.py 20261223 bf 230 --skip-past`` (run
before test19.jsonl existed); test17's run ``(20261221, 190)`` is in ``PAST_SAMPLES`` now. The quotation
held-out set ``test18.jsonl`` (letters ``be``) is drawn from the same corpus at the same time and takes the
ODD-SHA-1 URLs, so this run takes only even-SHA-1 URLs (``EVEN_URL_SEEDS``; the replay applies the same rule).
N = 230, not 190: the first 190 candidates (the same with either N) gave too few quotations for the set.
Held-out ``test20.jsonl`` (round 20): ``python eval/quotes/sample_batch.py 20261224 bg N --skip-past`` (run
before test20.jsonl existed; N in eval/quotes/README.md); test18's run ``(20261222, 240)`` and test19's run
``(20261223, 230)`` are in ``PAST_SAMPLES`` now. No other set is drawn from fresh articles this round, so this
run takes articles of either URL parity (its seed is in neither parity list).
Held-out ``test21.jsonl`` (round 21): ``python eval/quotes/sample_batch.py 20261225 bh N --skip-past`` (run
before test21.jsonl existed; N in eval/quotes/README.md); test20's run ``(20261224, 240)`` is in
``PAST_SAMPLES`` now. No other set is drawn from SaudiNewsNet this round, so this run takes articles of either
URL parity (its seed is in neither parity list).
"""

import gzip
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
CUE = re.compile(
    r'(قال|قالت|أكد|اكد|أعلن|اعلن|أشار|اشار|أوضح|اوضح|أضاف|اضاف|نفى|حذر|اعتبر|بحسب|وفق|نقلا عن|ذكر|صرح|لفت|شدد|كشف|«|“|")'
)


SPLITS = ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9",
          "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18",
          "test19", "test20", "test21")  # fmt: skip
# (seed, n) of every earlier run of this sampler, in the order they were made (README.md); n rounded up.
PAST_SAMPLES = (
    (8086, 50), (9091, 50), (5150, 50), (6007, 50), (7331, 50), (4321, 50), (20261207, 130),
    (20261208, 122), (20261209, 140), (16180, 65), (27182, 65), (31415, 45), (55555, 200), (77777, 500),
    (20261210, 140), (60221, 50), (14142, 50), (88888, 400), (99991, 1500), (57721, 42), (20261211, 160),
    (20261212, 190), (20261213, 190), (20261214, 190), (20261215, 190), (20261216, 190), (20261217, 190),
    (20261218, 190), (20261219, 190), (20261220, 190), (20261221, 190), (20261222, 240), (20261223, 230),
    (20261224, 240),
)  # fmt: skip
# runs that draw only articles whose URL has an odd SHA-1 (test9: disjoint from factuality_test6, test10:
# from factuality_test7, test11: from factuality_test8, each drawn at the same time from the same corpus, which takes the others;
# test16: from factuality_test13, likewise; test18: from the quotation set test19, likewise)
ODD_URL_SEEDS = (20261213, 20261214, 20261215, 20261220, 20261222)
# runs that draw only articles whose URL has an even SHA-1 (test12: disjoint from factuality_test9, drawn at
# the same time from the same corpus, which takes the odd ones;
# test13: disjoint from factuality_test10, likewise; test14: from factuality_test11, likewise;
# test15: from factuality_test12, likewise; test17: from factuality_test14, likewise;
# test19: from the quotation set test18, drawn at the same time, which takes the odd ones)
EVEN_URL_SEEDS = (20261216, 20261217, 20261218, 20261219, 20261221, 20261223)


def _odd_url(line: str) -> bool:
    url = json.loads(line)["url"]
    return int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 1


def _parity_skip(seed: int, line: str) -> bool:
    """Whether the run of ``seed`` skips this article for its URL's SHA-1 parity."""
    if seed in ODD_URL_SEEDS:
        return not _odd_url(line)
    if seed in EVEN_URL_SEEDS:
        return _odd_url(line)
    return False


def _eligible(line: str) -> list[int]:
    d = json.loads(line)
    paras = [p.strip() for p in re.split(r"\n+", d["content"]) if p.strip()]
    return [i for i, p in enumerate(paras) if 100 <= len(p) <= 550 and len(CUE.findall(p)) >= 2]


def past_articles(lines: list[str], used: set[int], seed: int | None = None) -> set[int]:
    """The articles of ``eval/events/*.jsonl`` and every article a run in ``PAST_SAMPLES`` can have
    drawn (its shuffle prefix up to its n-th draw, skipping ``used`` and the earlier runs' prefixes).
    The replay stops before the run of ``seed`` itself, so re-running an earlier sample skips only
    the samples made before it."""
    urls = {}
    for i, line in enumerate(lines):
        urls.setdefault(json.loads(line)["url"], i)
    out = set()
    for path in sorted((HERE.parent / "events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            url = d.get("article_url") or d.get("url")
            if url in urls:
                out.add(urls[url])
    eligible: dict[int, bool] = {}
    for past_seed, n in PAST_SAMPLES:
        if past_seed == seed:
            break
        order = list(range(len(lines)))
        random.Random(past_seed).shuffle(order)
        drawn = 0
        prefix = set()
        for a in order:
            if a not in eligible:
                eligible[a] = bool(_eligible(lines[a]))
            if not eligible[a] or _parity_skip(past_seed, lines[a]):
                continue
            prefix.add(a)
            if a in used or a in out:
                continue
            drawn += 1
            if drawn >= n:
                break
        out |= prefix
    return out


def main(
    seed: int,
    tag: str,
    n: int = 50,
    splits: tuple[str, ...] = SPLITS,
    extra: tuple[str, ...] = (),
    skip_past: bool = False,
) -> None:
    """Print ``n`` candidate paragraphs of articles in none of ``splits`` (the gold files skipped)
    nor of the ``extra`` JSONL files (nor, with ``skip_past``, of ``past_articles``)."""
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").readlines()
    used = set()
    for path in [HERE / f"{split}.jsonl" for split in splits] + [Path(e) for e in extra]:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d.get("dataset") == "saudinewsnet":
                used.add(d["article"])
    if skip_past:
        used |= past_articles(lines, used, seed)
    rng = random.Random(seed)
    order = list(range(len(lines)))
    rng.shuffle(order)
    out = 0
    for a in order:
        if a in used or _parity_skip(seed, lines[a]):
            continue
        d = json.loads(lines[a])
        paras = [p.strip() for p in re.split(r"\n+", d["content"]) if p.strip()]
        cands = [i for i, p in enumerate(paras) if 100 <= len(p) <= 550 and len(CUE.findall(p)) >= 2]
        if not cands:
            continue
        i = rng.choice(cands)
        item = {"id": f"snn-{a}-{tag}{out}", "lang": "ar", "dataset": "saudinewsnet", "article": a,
                "outlet": d["source"], "url": d["url"], "before": "\n\n".join(paras[max(0, i - 2) : i]),
                "text": paras[i]}  # fmt: skip
        print(json.dumps(item, ensure_ascii=False))
        out += 1
        if out >= n:
            break


if __name__ == "__main__":
    skip_past = len(sys.argv) > 4 and sys.argv[4] == "--skip-past"
    extra = tuple(sys.argv[4].split(",")) if len(sys.argv) > 4 and not skip_past else ()
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    main(int(sys.argv[1]), sys.argv[2], n, extra=extra, skip_past=skip_past)
