"""Build the Arabic person-name token list the quotation stage uses to tell names from descriptions.

Source: the Wikidata English-Arabic person-name pairs in
``../shared/data/gazetteers/wikidata-translit/`` (CC0). Output: one normalized Arabic token a line,
sorted, gzip without a timestamp, so that the build is deterministic:

    khabar build quote-names            # writes khabar/quotes/data/person_name_tokens.txt.gz
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from khabar.text import normalize

DATA = Path(__file__).with_name("data") / "person_name_tokens.txt.gz"
SOURCE = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gazetteers" / "wikidata-translit"
# Frequent words that are also someone's name somewhere: never evidence of a personal name.
_STOP = """في من على الى إلى عن مع بعد قبل التي الذي هذا هذه ذلك تلك كان كانت قال قالت أن إن لم لن ما ولا وقد
قد بين حيث عام العام اليوم أمس منذ خلال عبر ضد نحو غير كل بعض أي أو ثم حتى إذا إلا لكن أيضا وزير رئيس مدير
الرئيس الوزير وزارة هيئة شركة مجلس الحكومة الدولة المملكة دولة مدينة منطقة""".split()


def build_name_tokens(source: Path = SOURCE, out: Path = DATA) -> int:
    """Write the token list; returns how many tokens it holds."""
    files = [source / "wd_arabic_80", source / "wd_arabic_20"]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise FileNotFoundError(f"missing name-pair files: {', '.join(missing)}")
    stop = {normalize(w) for w in _STOP}
    tokens: set[str] = set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            w = normalize(parts[1].replace(" ", ""))
            if len(w) >= 3 and w not in stop and not w.startswith("ال"):
                tokens.add(w)
    out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(("\n".join(sorted(tokens)) + "\n").encode("utf-8"))
    out.write_bytes(buf.getvalue())
    return len(tokens)
